// Head words: the last word of a technique or task name ("Thompson sampling", "time series
// classification"). One core list of each, shared by every rule; each rule adds the heads that are
// safe in its own context (a title, an acronym's long form, a prose phrase).

const words = (...lists: string[]): string => lists.join('|');

/** Heads of technique names wherever they stand. */
export const TECHNIQUE_HEADS = words(
  'attention|sampling|decoding|optimi[sz]ation|distillation|regulari[sz]ation|normali[sz]ation|pruning|quantization|hashing',
  'search|descent|propagation|tuning|prompting|augmentation|encoding|embeddings?|transformers?|networks?|autoencoders?',
  'machines?|process(?:es)?|fields?|algorithms?|regression|training|coding|tokenizer',
);

/** Technique heads a title may also end a name in ("… via Gated Residual Kernels", "… Reasoner for …"). */
export const TITLE_TECHNIQUE_HEADS = words(
  TECHNIQUE_HEADS,
  'filtering|priors?|gates?|kernels?|trees?|forests?|flows?|splatting|policy optimization|adaptation|smoothing',
  'reasoner|planner|retriever|generator|encoder|decoder|optimizer|sampler|predictor|learner|solver|detector|tracker',
);

/** Technique heads of an acronym's long form, where the acronym already says it is a name. */
export const LONG_FORM_TECHNIQUE_HEADS = words(
  TECHNIQUE_HEADS,
  'learning|framework|models?|mechanism|memory|memories|experts|policy|programming|fitting',
);

/** Heads of task names wherever they stand. */
export const TASK_HEADS = words(
  'classification|generation|detection|segmentation|recognition|translation|summarization|forecasting|retrieval',
  'reasoning|understanding|modell?ing|tracking|planning|prediction|reconstruction|synthesis|editing',
);

/** Task heads of phrases in prose: more kinds, one to three words before them. */
export const PROSE_TASK_HEADS = words(
  TASK_HEADS,
  'question answering|captioning|parsing|tagging|completion|localization|navigation|grounding|repair|verification',
  'imputation|estimation|decomposition|recovery|visualization|restoration|inpainting|registration|quantification|partitioning',
);

/** Task heads of a title's phrase after "for / in / on" or its leading phrase, where the grammar says it is a task. */
export const TITLE_TASK_HEADS = words(
  TASK_HEADS,
  'analysis|optimization|learning|scaling|selection|extrapolation|maximization|estimation|answering|compression',
  'decomposition|recovery|visualization|characterization|discovery|matching|counting|restoration|enhancement',
  'denoising|inpainting|registration|extraction|correction|bidding|budgeting|quantification|partitioning',
  'manipulation|certification|generalization|conversation|recommendation',
);

/** Task heads of an acronym's long form. */
export const LONG_FORM_TASK_HEADS = words(
  TASK_HEADS,
  'answering|captioning|navigation|localization|parsing|grounding|completion|re-identification',
);
