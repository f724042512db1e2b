import { urlKey } from '../../model/index.js';
import { candidate, CONFIDENCE, type Candidate } from '../candidate.js';
import type { PaperText } from '../paper-text.js';

/** A link that names a page (code, project page, model hub) is an entity of its own. */
export function linkCandidates(paper: PaperText): Candidate[] {
  return paper.urls
    .filter((u) => u.namesPage)
    .map((u) =>
      candidate({
        type: 'repo',
        // One written form per link everywhere (CLI, API, exports): "github.com/a/b" is named https://github.com/a/b.
        name: /^[a-z][a-z\d+.-]*:\/\//i.test(u.url) ? u.url : `https://${u.url}`,
        key: urlKey(u.url),
        start: u.start,
        end: u.end,
        confidence: CONFIDENCE.link,
        repoKind: u.kind,
        rule: 'link',
      }),
    );
}
