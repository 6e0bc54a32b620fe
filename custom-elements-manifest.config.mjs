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

// Internal members follow Lit's convention (`_`-prefixed, or private / protected): they are no part
// of the elements' API, so the manifest (and the API tables made from it) leaves them out.
function withoutInternals() {
  const internal = (member) => member.name.startsWith('_') || member.privacy === 'private' || member.privacy === 'protected';
  return {
    name: 'tiv-charts-without-internals',
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members) decl.members = decl.members.filter((member) => !internal(member));
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
  plugins: [tagDefinitions(), withoutInternals()],
};
