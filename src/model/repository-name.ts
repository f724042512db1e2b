/** Hosts whose addresses are `<host>/<owner>/<repository>/…`; on Hugging Face, after `datasets/` or `spaces/`. */
const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'huggingface.co']);
const HUB_SECTIONS = new Set(['datasets', 'spaces', 'models']);

/**
 * The name a link is known by: `owner/repo` on a code host ("https://github.com/OpenSparseLLMs/Linear-MoE.git"
 * and ".../tree/main/x" are "OpenSparseLLMs/Linear-MoE"), else the address without its scheme, "www."
 * and trailing slash ("aaxwaz.github.io/TalkingMachines"). The stored name stays the URL.
 */
export function repositoryName(url: string): string {
  const bare = url
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
  const [host = '', ...path] = bare.split('/');
  if (!CODE_HOSTS.has(host.toLowerCase())) return bare;
  const parts = HUB_SECTIONS.has(path[0]?.toLowerCase() ?? '') && path.length > 2 ? path.slice(1) : path;
  if (parts.length < 2 || !parts[0] || !parts[1]) return bare;
  return `${parts[0]}/${parts[1].replace(/\.git$/i, '')}`;
}
