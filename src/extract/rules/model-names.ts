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

// Segments after a family name: versions (3, 3.5, 4o, V2), sizes (8B, 70B, 1.3B), dates and suffixes.
const SUFFIX = String.raw`(?:\d+(?:\.\d+)*[a-z]{0,2}|[vV]\d+(?:\.\d+)*|\d+(?:\.\d+)?[xX]?\d*[BbMmKkTt]|\d{4}-\d{2}-\d{2}|\d{4}|o\d?|Instruct|Chat|Coder|Distill|Qwen|Llama|Code|Base|Mini|mini|Turbo|turbo|Pro|Ultra|Flash|Nano|Sonnet|Opus|Haiku|Large|large|Small|small|Medium|medium|XL|XXL|xl|xxl|Lite|Vision|Math|Preview|R1|Reasoner|Plus|Max|Omni|HD|it|hf|chat|instruct|base|Tiny|tiny|Huge|huge|Giant|[A-Z]\d+)`;
// "ConvNeXtV2", "Llama3": a version may follow the family with no separator.
const SEP = String.raw`(?:[-_ ]|(?<=\D)(?=\d)|(?<=\p{Ll})(?=[vV]\d))`;
const FAMILY_ALT = [...FAMILIES]
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
// A bare family name with a space suffix must carry a version; "GPT models" stays out.
const MODEL = new RegExp(String.raw`(?<![\p{L}\p{N}\-])(${FAMILY_ALT})((?:${SEP}${SUFFIX})*)(?![\p{L}\p{N}]|-[\p{L}\p{N}])`, 'gu');

/** Model names shaped like a family plus versions, sizes and suffixes: "Llama-3-8B", "GPT-4o-Mini-2024-07-18". */
export function findModelNames(text: string): ModelNameMatch[] {
  const found: ModelNameMatch[] = [];
  for (const m of text.matchAll(MODEL)) {
    const family = m[1]!;
    let suffix = m[2] ?? '';
    // A trailing space-separated lowercase word is more likely prose than a suffix: "GPT-4 base".
    suffix = suffix.replace(/ (?:base|chat|instruct|it|hf|large|small|medium|tiny|huge|mini|turbo|code|o\d?)$/, '');
    // "ChatGLM2 50 times faster": a bare count after a name that already has its version is prose.
    while (/ \d+$/.test(suffix) && /\d/.test(family + suffix.replace(/ \d+$/, ''))) suffix = suffix.replace(/ \d+$/, '');
    const raw = family + suffix;
    const canonical = (CANONICAL.get(family.toLowerCase()) ?? family) + suffix;
    found.push({ name: canonical, start: m.index, end: m.index + raw.length });
  }
  return found;
}
