export interface ModelNameMatch {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

// Families of released models, with the casing used as canonical. Sources: the model cards and
// release posts of each family (OpenAI, Meta, Anthropic, Google, Mistral, Alibaba, DeepSeek, ...).
const FAMILIES = [
  'GPT',
  'ChatGPT',
  'InstructGPT',
  'Codex',
  'Llama',
  'LLaMA',
  'Code Llama',
  'CodeLlama',
  'Vicuna',
  'Alpaca',
  'Claude',
  'Gemini',
  'Gemma',
  'PaLM',
  'Flan-PaLM',
  'Bard',
  'Mistral',
  'Mixtral',
  'Qwen',
  'QwQ',
  'DeepSeek',
  'Phi',
  'Falcon',
  'BLOOM',
  'BLOOMZ',
  'OPT',
  'T5',
  'Flan-T5',
  'mT5',
  'ByT5',
  'BART',
  'mBART',
  'BERT',
  'RoBERTa',
  'ALBERT',
  'DeBERTa',
  'DistilBERT',
  'ELECTRA',
  'XLNet',
  'XLM-R',
  'GPT-J',
  'GPT-NeoX',
  'GPT-Neo',
  'Pythia',
  'StarCoder',
  'WizardCoder',
  'WizardLM',
  'ChatGLM',
  'GLM',
  'Baichuan',
  'InternLM',
  'Yi',
  'OLMo',
  'Nemotron',
  'Grok',
  'Command R',
  'Jamba',
  'CLIP',
  'BLIP',
  'LLaVA',
  'MiniGPT',
  'Flamingo',
  'Stable Diffusion',
  'SDXL',
  'DALL-E',
  'DALL·E',
  'Imagen',
  'Midjourney',
  'Sora',
  'Whisper',
  'Distil-Whisper',
  'wav2vec',
  'HuBERT',
  'ViT',
  'DeiT',
  'DINO',
  'DINOv2',
  'ResNet',
  'ResNeXt',
  'WideResNet',
  'PreActResNet',
  'DenseNet',
  'RegNet',
  'VGG',
  'EfficientNet',
  'ConvNeXt',
  'MobileNet',
  'Swin',
  'YOLO',
  'U-Net',
  'AlphaFold',
  'AlphaCode',
  'Gato',
  'LaMDA',
  'MPT',
  'StableLM',
  'SmolLM',
  'AlphaGo',
  'AlphaZero',
  'MuZero',
  'Galactica',
  'Chinchilla',
  'Gopher',
  'Megatron',
  'Orca',
  'Zephyr',
  'Tulu',
  'Koala',
  'Dolly',
  'RWKV',
  'Pixtral',
  'Llemma',
  'Minerva',
  'CodeGen',
  'CodeT5',
  'SantaCoder',
  'Granite',
  'Aya',
  'Kimi',
  'Hunyuan',
  'CogVideoX',
  'CogVLM',
] as const;

const CANONICAL = new Map<string, string>(FAMILIES.map((f) => [f.toLowerCase(), f]));
CANONICAL.set('llama', 'Llama');

const FAMILY_ALT = [...FAMILIES]
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const FAMILY_AT = new RegExp(String.raw`(?<![\p{L}\p{N}\-])(?:${FAMILY_ALT})`, 'gu');
// The rest of a hyphen-joined name after its family: segments such as "2.5", "-VL", "-7B", "-Instruct".
const SEGMENT = /([-_./]?)([\p{L}\p{N}]+)/uy;
// Lowercase segments that belong to a name ("Llama-2-chat", "gpt-oss"); others ("BERT-based") are prose.
const LOWER_SEGMENTS = new Set(
  'instruct chat base mini turbo dev it hf preview distill coder code math vision large small medium tiny huge xl xxl lite flash nano plus max pro oss image omni air sonnet opus haiku ultra uncased cased multilingual seg pose cls'.split(
    ' ',
  ),
);
// Space-separated parts of a name: a version after a bare family ("Llama 3.1"), a size ("8B") or a variant word.
const SIZE = String.raw`\d+(?:\.\d+)?(?:[xX]\d+)?[BMKT]`;
const VERSION = String.raw`\d+(?:\.\d+)*[a-z]?|[vV]\d+(?:\.\d+)*|\d{4}-\d{2}-\d{2}`;
const VARIANT = String.raw`Instruct|Chat|Coder|Distill|Code|Base|Mini|mini|Turbo|Pro|Ultra|Flash|Nano|Sonnet|Opus|Haiku|Large|Small|Medium|XL|XXL|Lite|Vision|Math|Preview|R1|Reasoner|Plus|Max|Omni|HD|Tiny|Huge|Giant|Scout|Maverick|Image|Air|VL|[A-Z]\d+`;
// A spaced part ends the name's word, or goes on with a hyphen-joined size or variant ("Qwen 2.5-7B",
// "Gemini 2.5 Flash-Lite"; not "CLIP Vision-Language"), which the chain then takes.
const GOES_ON = String.raw`-(?:\d+(?:\.\d+)?[BMbm]|${VARIANT})(?![\p{L}\p{N}])`;
const SPACED_SIZE = new RegExp(String.raw` (?:${SIZE})(?:(?![\p{L}\p{N}]|-[\p{L}\p{N}])|(?=${GOES_ON}))`, 'uy');
const SPACED_VERSION = new RegExp(String.raw` (?:${VERSION})(?:(?![\p{L}\p{N}]|[-.][\p{L}\p{N}])|(?=${GOES_ON}))`, 'uy');
const SPACED_VARIANT = new RegExp(String.raw` (?:${VARIANT})(?:(?![\p{L}\p{N}]|-[\p{L}\p{N}])|(?=${GOES_ON}))`, 'uy');
// A lowercase checkpoint size ("Whisper large-v3", "BERT large,") joins a name only where no noun follows
// it: in "the GPT-4 base model" it describes the model.
const SPACED_CHECKPOINT = / (?:tiny|base|small|medium|large|huge)(?=-v\d|\s*[,;:)]|\.(?:\s|$)|\s+(?:and|or|as|with|on|in|to|for)\s|$)/uy;

/** Where the hyphen-joined name going on at `at` ends: at the first segment that reads as prose. */
function chainEnd(text: string, at: number, glued: boolean): number {
  let end = at;
  SEGMENT.lastIndex = at;
  for (let m = SEGMENT.exec(text); m; m = SEGMENT.exec(text)) {
    const [, sep, seg] = m as unknown as [string, string, string];
    if (!sep && (end > at || !glued)) break;
    if (sep === '.' && !/^\d/.test(seg) && !/\d$/.test(text.slice(at, end))) break;
    // "ViT-B/16": a patch size after a capital size letter; elsewhere a slash joins two names.
    if (sep === '/' && !(/^\d+$/.test(seg) && /\p{Lu}$/u.test(text.slice(Math.max(at - 1, 0), end)))) break;
    if (!/\d|\p{Lu}/u.test(seg) && !LOWER_SEGMENTS.has(seg)) break;
    end = SEGMENT.lastIndex;
  }
  return end;
}

/**
 * Model names shaped like a family plus versions, sizes and variants: "Llama-3-8B", "Qwen2.5-VL-7B",
 * "GPT-4o mini", "Llama 3.1 8B". A family glued to a word that is not a version ("Philosophy", "CLIPScore")
 * is no model name; a family before a prose segment ("BERT-based") is the family alone.
 */
export function findModelNames(text: string): ModelNameMatch[] {
  const found: ModelNameMatch[] = [];
  for (const m of text.matchAll(FAMILY_AT)) {
    const family = m[0];
    const after = m.index + family.length;
    const next = text.slice(after, after + 2);
    const glued = /^\d/.test(next) ? !/\d$/.test(family) : /^[vV]\d/.test(next);
    if (/^[\p{L}\p{N}]/u.test(next) && !glued) continue;
    let end = chainEnd(text, after, glued);
    for (;;) {
      const hasDigit = /\d/.test(text.slice(m.index + family.length, end)) || /\d/.test(family);
      const spaced = [SPACED_SIZE, ...(hasDigit ? [] : [SPACED_VERSION]), SPACED_VARIANT, SPACED_CHECKPOINT].find((re) => {
        re.lastIndex = end;
        return re.test(text);
      });
      if (!spaced) break;
      end = chainEnd(text, spaced.lastIndex, false);
    }
    const suffix = text.slice(after, end);
    found.push({ name: (CANONICAL.get(family.toLowerCase()) ?? family) + suffix, start: m.index, end });
  }
  return found;
}
