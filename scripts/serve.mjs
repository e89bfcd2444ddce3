#!/usr/bin/env node
// npm start (after the build): serves the project on 127.0.0.1 and prints
// the demo's address. Static files only, as a trust's own web server would.
import { createStaticServer } from './static-server.mjs';

const preferred = Number(process.env.PORT ?? 8000);
const home = (req, res) => {
  res.writeHead(302, { Location: '/demo/index.html' }).end();
  return true;
};
const server = await createStaticServer({
  root: process.cwd(),
  port: preferred,
  fallbackToFreePort: true,
  routes: { '/': home },
});
console.log(`\nThe demo intranet page: ${server.url}/demo/index.html\n(Ctrl+C to stop)\n`);
