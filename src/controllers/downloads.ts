import type {ReactiveControllerHost} from 'lit';
import type {Messages} from '../core/index.js';
import {loadExportModule, type ExportModule} from '../elements/export-loader.js';
import {downloadFormats} from '../elements/attribute-problems.js';
import {dispatchChartError} from '../elements/events.js';

/** What the downloads controller needs of its host, the chart element. */
export type DownloadsHost = ReactiveControllerHost & HTMLElement;

/** The downloads offered and how to ask for one, for the controls' template. */
export interface DownloadsView {
  /** The downloads offered (`downloads`), in the order of their controls. */
  formats: readonly ('csv' | 'svg' | 'png')[];
  /** "Download SVG" or "Download PNG" pressed. */
  onExport: (format: 'svg' | 'png') => void;
  /** Why the last SVG or PNG download failed ('' when it did not). */
  message: string;
}

/**
 * "Download SVG" and "Download PNG": loads the export module when the reader asks (`load`, by
 * default {@link loadExportModule}: a dynamic import), which makes the file from the chart as drawn (the plot, and the figure's texts
 * as shown) and saves it. A download that
 * fails (the module does not load, the browser cannot draw the image) leaves a message in the
 * element's language for the controls to show and fires `chart-error` (`download-failed`);
 * nothing throws.
 */
export class DownloadsController {
  /** Why the last download failed, shown until the next one; '' when it did not. */
  private _message = '';

  constructor(
    private readonly _host: DownloadsHost,
    private readonly _messages: () => Messages,
    private readonly _load: () => Promise<ExportModule> = loadExportModule
  ) {}

  /** The controls' view for a `downloads` value. */
  view(downloads: string | null | undefined): DownloadsView {
    return {formats: downloadFormats(downloads), onExport: this._download, message: this._message};
  }

  /** Makes and saves the file of `format`. */
  private _download = async (format: 'svg' | 'png'): Promise<void> => {
    const host = this._host;
    const plot = host.shadowRoot?.querySelector<SVGSVGElement>('svg.chart');
    if (!plot) return;
    this._message = '';
    try {
      const {downloadFigure} = await this._load();
      await downloadFigure({host, plot, format});
    } catch (e) {
      this._message = this._messages().downloadFailed(format.toUpperCase(), e instanceof Error ? e.message : String(e));
      dispatchChartError(host, {code: 'download-failed', message: this._message});
    }
    host.requestUpdate();
  };
}
