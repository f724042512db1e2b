import { typedEntityKey, type ExtractedEntity } from '../model/index.js';
import { isCoinedName } from './rules/names.js';
import { widenedEvidence } from './text-spans.js';

// Organisations that release models and are written before the model's name: "OpenAI o1", "Google Gemini", "Meta Llama 3".
const VENDOR = String.raw`(?:OpenAI|Google(?: DeepMind)?|DeepMind|Meta|Anthropic|Microsoft|Alibaba|NVIDIA|Nvidia|IBM|Amazon|Apple|xAI|Baidu|Tencent|ByteDance)(?:['’]s)?`;
const VENDOR_BEFORE = new RegExp(String.raw`${VENDOR}\s+$`, 'u');
const VENDOR_FIRST = new RegExp(String.raw`^${VENDOR}\s+(?=\S)`, 'u');
const VENDOR_ALONE = new RegExp(String.raw`^${VENDOR}$`, 'u');

/**
 * A model written after the organisation that released it ("OpenAI o1-mini", "Google Gemini 3 Pro Image") is the
 * model: its name leaves the organisation out, its mention reads as the paper writes it, with the organisation.
 * Runs on the resolved entities; a name that would become another entity's, or that is no model name without the
 * organisation ("Google Translate"), keeps it.
 */
export function withVendorMentions(entities: ExtractedEntity[], text: string): ExtractedEntity[] {
  const keys = new Set(entities.map((e) => e.key));
  return entities.map((e) => {
    if (e.type !== 'model') return e;
    const { start, end, mention } = e.evidence;
    if (text.slice(start, end) !== mention) return e;
    const first = VENDOR_FIRST.exec(e.name);
    if (first) {
      const name = e.name.slice(first[0].length);
      const key = typedEntityKey('model', name);
      if (keys.has(key) || !modelShaped(name)) return e;
      return { ...e, name, key, aliases: [...new Set([...e.aliases, e.name])].sort() };
    }
    const before = VENDOR_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    if (!before) return e;
    return { ...e, evidence: widenedEvidence(e.evidence, text, start - before[0].length, end) };
  });
}

/** What is left after the organisation names a model by itself: a version or size, or a coined word ("Translate" of "Google Translate" does not). */
function modelShaped(name: string): boolean {
  return !VENDOR_ALONE.test(name) && (/\d/.test(name) || name.split(/\s+/).some(isCoinedName));
}
