// Plain JavaScript on purpose: it has to run, and explain, on a Node too old to run the project's
// TypeScript tools (Node 20 would stop at "Unknown file extension .ts"). `npm install` puts Node 24
// in node_modules (the exact devDependency `node`), and npm runs every script with it; this check
// only fails when that Node is missing, or when a tool is started with `node` from an old system.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `This project needs Node 22.18 or newer (Astro 7, and TypeScript run directly); this is Node ${process.versions.node}.\n` +
      'Run `npm install` (it installs Node 24 into node_modules), then use the npm scripts (npm run dev, npm test)\n' +
      'or start a tool with `npx node tools/…`, which runs that Node 24.',
  );
  process.exit(1);
}
