// Manifest of the elements, from their JSDoc. The tags are registered by defineElement() in
// src/tiv-trend.ts and src/spend-compare.ts, which the analyzer does not follow, so a small
// plugin adds a custom-element-definition export for each class with a @tagname (tools such as
// api-viewer-element find elements through those exports).
function tagDefinitions() {
  return {
    name: 'tiv-charts-tag-definitions',
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement || !decl.tagName) continue;
          mod.exports ??= [];
          if (mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === decl.tagName)) continue;
          mod.exports.push({kind: 'custom-element-definition', name: decl.tagName, declaration: {name: decl.name, module: mod.path}});
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/*.ts'],
  // define.ts registers a tag given as a parameter; it defines no element of its own.
  exclude: ['src/**/*.test.ts', 'src/elements/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [tagDefinitions()],
};
