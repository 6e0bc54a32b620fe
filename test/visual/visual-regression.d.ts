// The package's types re-export browser/commands.mjs, whose declarations (commands.d.ts) TypeScript
// does not find for an .mjs file; this is the one function the tests use, as commands.d.ts declares it.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
