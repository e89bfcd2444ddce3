// The demo's feed checker: loads the example feed with the library's own
// loader and lists what was read and what was skipped. Text only, no HTML.
// The content layer on its own (no Lit), as npm users import it.
import { loadFeed } from '../dist/lib/content/feed.js';

const report = document.getElementById('feed-report');

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

const result = await loadFeed('content.json');
report.replaceChildren();
if (!result.ok) {
  report.append(element('p', `The feed could not be read: ${result.message}`, 'error'));
} else {
  const { pack, problems } = result;
  const counts = element('ul');
  counts.append(
    element('li', pack.about ? `the introduction: ${pack.about.title}` : 'no introduction (about)'),
    element('li', `${pack.prompts.length} prompts`),
    element('li', `${pack.initiatives.length} initiatives`),
    element('li', `${pack.caseStudies.length} case studies`),
  );
  report.append(element('p', 'The feed holds:'), counts);
  if (problems.length === 0) {
    report.append(element('p', 'No problems found.', 'ok'));
  } else {
    report.append(element('p', `${problems.length} problems found:`, 'error'));
    const list = element('ul');
    for (const problem of problems) list.append(element('li', `${problem.path}: ${problem.message}`));
    report.append(list);
  }
}
