import { describe, expect, it } from 'vitest';
import { defaultExtractorConfig, extractEntities } from './index.js';
import { topicCandidates } from './generators/topic-candidates.js';
import { preparePaperText } from './paper-text.js';

// These tests pin the rules as a candidate generator; the tagger stacked on them is tested in tagger/.
const config = defaultExtractorConfig({ combination: 'rules' });
const extract = (title: string, abstract: string) => extractEntities({ title, abstract }, config);
const names = (title: string, abstract: string, type: string) =>
  extract(title, abstract)
    .filter((e) => e.type === type)
    .map((e) => e.name);

describe('extraction rules', () => {
  it.each([['Code at http://]'], ['Code at https://github and https://github.com/ or www.github.com.'], ['See https://huggingface.co/.']])(
    "takes no repository from a link without a host or to a hub's front page: %s",
    (abstract) => {
      expect(names('T', abstract, 'repo')).toEqual([]);
    },
  );
  it('finds links, strips trailing punctuation and classifies them', () => {
    const found = extract(
      'T',
      'Code: https://github.com/org/repo. Demo at (https://org.github.io/demo), weights https://huggingface.co/org/model.',
    ).filter((e) => e.type === 'repo');
    expect(found.map((e) => [e.name, e.repoKind])).toEqual([
      ['https://github.com/org/repo', 'code'],
      ['https://org.github.io/demo', 'project-page'],
      ['https://huggingface.co/org/model', 'model-hub'],
    ]);
  });

  it('links an acronym to its long form and to later uses', () => {
    const [lsh] = extract('T', 'We use Quantile Sketch Hashing (QSH) for retrieval. QSH is fast.').filter((e) => e.type === 'method');
    expect(lsh).toMatchObject({ name: 'Quantile Sketch Hashing', aliases: ['QSH'] });
  });

  it('lets an acronym the paper defines override the lexicon meaning', () => {
    const found = extract('T', 'We study Test-Time Scaling (TTS) for video. TTS improves quality.');
    expect(found.filter((e) => e.type === 'task').map((e) => e.name)).not.toContain('text-to-speech');
    expect(found.find((e) => e.evidence.mention === 'Test-Time Scaling')?.aliases).toContain('TTS');
  });

  it('trims verbs and comparatives off the front of task phrases', () => {
    expect(names('T', 'This allows offering faster generation.', 'task')).toEqual([]);
    expect(names('T', 'Results show enhancing speech classification.', 'task')).toEqual(['speech classification']);
  });

  it('finds lowercase technique names by their head noun', () => {
    expect(names('T', 'We analyse leverage score sampling and positional encoding.', 'method')).toEqual([
      'leverage score sampling',
      'positional encoding',
    ]);
  });

  it('does not read a Title Case title as capitalised technique names', () => {
    expect(names('Accelerating Distributed Stochastic Optimization via Widgets', 'We study widgets.', 'method')).toEqual([]);
    expect(names('T', 'We use Distributed Stochastic Optimization here.', 'method')).toEqual(['Distributed Stochastic Optimization']);
  });

  it('does not take venues or short symbols for coined names', () => {
    expect(names('T', "As in prior work at NeurIPS'20, the mK term and the GitHub page show.", 'method')).toEqual([]);
  });

  it('does not take a measure word inside a longer name for a metric', () => {
    const found = extract('T', 'We use sensitivity sampling and report accuracy.');
    expect(found.filter((e) => e.type === 'metric').map((e) => e.name)).toEqual(['accuracy']);
    expect(found.filter((e) => e.type === 'method').map((e) => e.name)).toContain('sensitivity sampling');
  });

  it('ignores generic acronym definitions', () => {
    expect(extract('T', 'Large Language Models (LLMs) are popular.').filter((e) => e.type !== 'topic')).toEqual([]);
  });

  it('recognises model names by family and version, merging spellings but not versions', () => {
    const models = extract('T', 'We compare Llama 3, LLaMA-3 and Llama-3-8B with GPT-4o, GPT-4 and Qwen2.5-7B-Instruct.').filter(
      (e) => e.type === 'model',
    );
    expect(models.map((m) => m.name)).toEqual(['Llama 3', 'Llama-3-8B', 'GPT-4o', 'GPT-4', 'Qwen2.5-7B-Instruct']);
    expect(models[0]!.aliases).toContain('LLaMA-3');
  });

  it('marks the system named in the title as proposed', () => {
    const [method] = extract('ZetaNet: Fast Widgets for Everyone', 'We study widgets.').filter((e) => e.type === 'method');
    expect(method).toMatchObject({ name: 'ZetaNet', role: 'proposed' });
  });

  it('types a name by its evaluation cue', () => {
    expect(names('T', 'We evaluate on the FooBarQA benchmark and report accuracy.', 'benchmark')).toEqual(['FooBarQA']);
    expect(names('T', 'We evaluate on the FooBarQA benchmark and report accuracy.', 'metric')).toEqual(['accuracy']);
  });

  it('resolves lexicon aliases to canonical names', () => {
    expect(names('T', 'Results on gsm-8k and ms coco.', 'benchmark')).toEqual(['GSM8K', 'COCO']);
  });

  it('honours the confidence threshold', () => {
    const all = extractEntities({ title: 'T', abstract: 'We use the WidgetFormer on ImageNet.' }, config);
    const strict = extractEntities(
      { title: 'T', abstract: 'We use the WidgetFormer on ImageNet.' },
      defaultExtractorConfig({ minConfidence: 0.8, combination: 'rules' }),
    );
    expect(all.some((e) => e.confidence < 0.8)).toBe(true);
    expect(strict.every((e) => e.confidence >= 0.8)).toBe(true);
    expect(strict.map((e) => e.name)).toContain('ImageNet');
  });
});

describe('lexicon acronyms', () => {
  it('match only in their own case, so ordinary words do not trigger them', () => {
    const metrics = (abstract: string) =>
      extractEntities({ title: 'T', abstract }, config)
        .filter((e) => e.type === 'metric')
        .map((e) => e.name);
    expect(metrics('We improve map detection.')).toEqual([]);
    expect(metrics('We improve mAP by two points.')).toEqual(['mean average precision']);
  });
});

describe('tasks named by a title', () => {
  it('reads the phrase after "for", "in" or "on", and a leading gerund object', () => {
    const tasks = (title: string) =>
      extractEntities({ title, abstract: 'We study it.' }, config)
        .filter((e) => e.type === 'task')
        .map((e) => e.name);
    expect(tasks('Widgets for Long Video Understanding')).toContain('long video understanding');
    expect(tasks('Improving State Tracking in Linear Widgets')).toContain('state tracking');
    expect(tasks('Sharper Bounds for Sensitivity Sampling')).toEqual([]);
  });
});

describe('techniques named by a title', () => {
  const methods = (title: string) =>
    extractEntities({ title, abstract: 'We study it.' }, config)
      .filter((e) => e.type === 'method')
      .map((e) => `${e.name} (${e.role})`);

  it('reads a capitalised technique phrase after "via", "by", "with" or "using" as the paper\'s own', () => {
    expect(methods('Robust Segmentation via Cascaded Boundary Refinement Networks')).toContain(
      'Cascaded Boundary Refinement Networks (proposed)',
    );
    expect(methods('Sparse Widgets using Gated Residual Kernels')).toContain('Gated Residual Kernels (proposed)');
  });

  it('reads a leading technique phrase in a title without a colon', () => {
    expect(methods('Hierarchical Memory Attention for Long Video Question Answering')).toContain(
      'Hierarchical Memory Attention (proposed)',
    );
  });

  it('leaves titles that open with a verb or end their phrase in a field name', () => {
    expect(methods('Accelerating Distributed Stochastic Optimization via Self-Repellent Widgets')).toEqual([]);
    expect(methods('Deep Reinforcement Learning for Protein Design')).toEqual([]);
  });
});

describe('acronym definitions with no telling head', () => {
  it('take a capitalised long form in the abstract, or one the paper introduces, as a method', () => {
    const methods = (abstract: string) => extractEntities({ title: 'T', abstract }, config).filter((e) => e.type === 'method');
    expect(methods('Solvers rely on Graduated Non-Convexity (GNC) schemes.').map((m) => [m.name, m.aliases])).toEqual([
      ['Graduated Non-Convexity', ['GNC']],
    ]);
    expect(methods('We introduce the brightness-invariant tracking estimation (BRITE) technique.').map((m) => [m.name, m.role])).toEqual([
      ['brightness-invariant tracking estimation', 'proposed'],
    ]);
    expect(methods('Patients with Parkinson Disease (PD) were studied.')).toEqual([]);
  });
});

describe('precision guards', () => {
  const typed = (abstract: string, type: string) =>
    extractEntities({ title: 'T', abstract }, config)
      .filter((e) => e.type === type)
      .map((e) => e.name);

  it('skip idioms and vague modifiers before technique heads', () => {
    expect(typed('Flow models have received significant attention. We use a single attention layer.', 'method')).toEqual([]);
  });

  it('skip measure words that end a longer term, but keep "high accuracy"', () => {
    expect(typed('We test associative recall in numerical precision settings and reach high accuracy.', 'metric')).toEqual(['accuracy']);
  });

  it('type coined names with an evaluation suffix as benchmarks', () => {
    expect(typed('Results on MixEval improve.', 'benchmark')).toEqual(['MixEval']);
  });
});

describe('evaluation context', () => {
  const typed = (abstract: string, type: string) =>
    extractEntities({ title: 'T', abstract }, config)
      .filter((e) => e.type === type)
      .map((e) => e.name);

  it('takes coined names after "on" in a results sentence as datasets', () => {
    expect(typed('Our method outperforms prior work on ZetaSet-7 and on the KITTI split.', 'benchmark')).toEqual(['ZetaSet-7', 'KITTI']);
    expect(typed('We build on ZetaSet-7 ideas.', 'benchmark')).toEqual([]);
  });

  it('reads every name of a list after "on"', () => {
    expect(typed('Experiments on ZetaSet-7, OmegaQA, and Kappa-200 show gains.', 'benchmark')).toEqual([
      'ZetaSet-7',
      'OmegaQA',
      'Kappa-200',
    ]);
  });

  it('takes measures reported with a number as metrics, without the praise', () => {
    expect(typed('Our gate reduces AbsRel by 12.8% and reaches a near perfect top-1 accuracy of 99%.', 'metric')).toEqual([
      'absolute relative error',
      // The cut-off stays in the name (a20fe43): top-1 and top-5 accuracy are two measures.
      'top-1 accuracy',
    ]);
    expect(typed('This reduces the number of steps by 40%.', 'metric')).toEqual([]);
  });
});

describe('LaTeX in arXiv abstracts', () => {
  it('reads numbers written in math mode', () => {
    const metrics = extractEntities({ title: 'T', abstract: 'Our gate cuts ATE by $51\\%$ on long sequences.' }, config).filter(
      (e) => e.type === 'metric',
    );
    expect(metrics.map((m) => m.name)).toEqual(['ATE']);
  });
});

describe('links without a scheme, LaTeX markup, benchmark suffixes, regret, topics, task phrases', () => {
  it('finds links written without a scheme on the hosts papers use, and names them as full URLs', () => {
    const links = extractEntities(
      { title: 'T', abstract: 'Code at github.com/acme/widget and a demo at acme-lab.github.io/widget.' },
      config,
    )
      .filter((e) => e.type === 'repo')
      .map((e) => `${e.name} ${e.repoKind} (${e.evidence.mention})`);
    expect(links).toEqual([
      'https://github.com/acme/widget code (github.com/acme/widget)',
      'https://acme-lab.github.io/widget project-page (acme-lab.github.io/widget)',
    ]);
  });

  it('gives topics confidences in whole hundredths (exports print every digit)', () => {
    // A score of 3 once gave 0.3 + 3/20 = 0.44999999999999996.
    const areas = [{ name: 'Science', signals: [[['genome'], 3]] as [string[], number][] }];
    const [topic] = topicCandidates(preparePaperText({ title: 'T', abstract: 'A genome.' }), areas);
    expect(topic!.confidence).toBe(0.45);
  });

  it('reads names inside LaTeX text commands without the markup', () => {
    expect(names('T', 'We propose \\textit{gated widget normalization (GWN)} for speed.', 'method')).toEqual([
      'gated widget normalization',
    ]);
  });

  it('types a title name with a benchmark suffix as a benchmark', () => {
    expect(names('WidgetWorld-Bench: Testing Widgets', 'We introduce WidgetWorld-Bench.', 'benchmark')).toEqual(['WidgetWorld-Bench']);
  });

  it('keeps "regret" in "regret bounds" as the measure', () => {
    expect(names('T', 'We prove regret bounds of order sqrt(T).', 'metric')).toEqual(['regret']);
  });

  it('gives the language-model topic to bias and alignment only when language models are the subject', () => {
    const topics = (abstract: string) => names('T', abstract, 'topic');
    expect(topics('We remove the angle bias and improve alignment of weights.')).not.toContain('LLM evaluation, agents & safety');
    expect(topics('We measure bias and safety of large language models.')).toContain('LLM evaluation, agents & safety');
  });

  it('cuts task phrases at a finite verb and drops praise', () => {
    const tasks = names('T', 'Widget synthesis requires modeling. We enable scalable detection.', 'task');
    expect(tasks).not.toContain('widget synthesis requires modeling');
    expect(tasks).not.toContain('scalable detection');
  });
});

describe('technique lists', () => {
  const methods = (abstract: string) => names('T', abstract, 'method');

  it('reads each item of a list that technique words introduce', () => {
    expect(methods('It combines techniques such as widget ensembling, ranking, and unit testing.')).toEqual([
      'widget ensembling',
      'ranking',
      'unit testing',
    ]);
  });

  it('stops at the first item that is not a short phrase, and ignores a single item', () => {
    expect(methods('We use methods such as gadget pooling, or the ones that came before them in the literature.')).toEqual([
      'gadget pooling',
    ]);
    expect(methods('Methods such as ours scale.')).toEqual([]);
  });
});

describe('comparisons', () => {
  it('reads the named methods and models a paper compares against, not praise or numbers', () => {
    const named = extractEntities(
      {
        title: 'T',
        abstract: 'Our method outperforms SOTA, GadgetNet and WLP-2 by 3.1 points, and is competitive with 100K-step training.',
      },
      config,
    )
      .filter((e) => e.type === 'method' || e.type === 'model')
      .map((e) => e.name);
    expect(named).toEqual(['GadgetNet', 'WLP-2']);
  });
});

describe('multipliers, counts, hardware, attached versions, task long forms', () => {
  const typed = (abstract: string, type: string) => names('T', abstract, type);

  it('does not read multipliers, counts or hardware as names', () => {
    expect(typed('It needs 1.54x lower attention density.', 'method')).toEqual([]);
    expect(typed('On a 5-species test set it reaches 88% accuracy on RTX A6000 GPUs.', 'benchmark')).toEqual([]);
  });

  it('reads a version written right after a family name', () => {
    expect(typed('We fine-tune ConvNeXtV2 specialists.', 'model')).toEqual(['ConvNeXtV2']);
  });

  it('types an acronym long form that ends in a known task as that task', () => {
    expect(typed('Research in Multimodal Sentiment Analysis (MSA) has grown.', 'task')).toContain('multimodal sentiment analysis');
    expect(typed('Research in Multimodal Sentiment Analysis (MSA) has grown.', 'method')).toEqual([]);
  });
});

describe('dataset cues, fourth round', () => {
  const benchmarks = (abstract: string) => names('T', abstract, 'benchmark');

  it('reads a parenthesised list after "benchmarks"', () => {
    expect(benchmarks('We test on four benchmarks (WidgetQA, GadgetBench, Foo-VQA, and BarSet).')).toEqual([
      'WidgetQA',
      'GadgetBench',
      'Foo-VQA',
      'BarSet',
    ]);
  });

  it('reads "a benchmark named X" and drops a sentence\'s first word from "On X benchmarks"', () => {
    expect(benchmarks('We propose a benchmark named WidSeT (Widget Set Tasks).')).toContain('WidSeT');
    expect(benchmarks('On WidgetWorld benchmarks, we improve by 3%.')).toEqual(['WidgetWorld']);
  });

  it('does not take an abbreviated common noun before "datasets" as a name', () => {
    expect(benchmarks('Widget series (WS) are common. We release two novel WS datasets.')).toEqual([]);
  });

  it('types an acronym long form by its head before a "with" clause', () => {
    expect(names('T', 'We propose gadget training with widget reconstruction (GT-WR) for speed.', 'method')).toContain(
      'gadget training with widget reconstruction',
    );
    expect(names('T', 'We study object goal navigation (ObjNav) in homes.', 'task')).toContain('object goal navigation');
  });
});

describe('appositive datasets, distilled model names, agent-noun titles, sensors', () => {
  it('reads a name in apposition to a dataset word as a dataset', () => {
    expect(names('T', 'We present WidgetMix, a carefully curated dataset of prompts.', 'benchmark')).toEqual(['WidgetMix']);
  });

  it('does not read a bare number before "dataset" as a name', () => {
    expect(names('T', 'It wins on 29 out of 30 dataset-attack pairs.', 'benchmark')).toEqual([]);
  });

  it('reads distilled model names whole', () => {
    expect(names('T', 'We improve DeepSeek-R1-Distill-Qwen-7B on hard problems.', 'model')).toEqual(['DeepSeek-R1-Distill-Qwen-7B']);
  });

  it("reads a leading title phrase ending in an agent noun as the paper's technique", () => {
    expect(names('Generative Widget Reasoner: Better Widgets', 'We study it.', 'method')).toEqual([]);
    expect(names('Generative Widget Reasoner for Better Widgets', 'We study it.', 'method')).toEqual(['Generative Widget Reasoner']);
  });

  it('takes sensors and mathematical objects for what they are, not techniques', () => {
    expect(names('T', 'We add sparse LiDAR depth. The Cumulative Distribution Function (CDF) converges.', 'method')).toEqual([]);
  });
});

describe('dataset acronyms, estimator lists, clause words, task phrase trimming', () => {
  it('types an acronym definition followed by "dataset" as a dataset', () => {
    const datasets = extractEntities(
      { title: 'T', abstract: 'We introduce the Widget Emotion Memory (WEM) dataset for dialogue.' },
      config,
    ).filter((e) => e.type === 'benchmark');
    expect(datasets.map((e) => [e.name, ...e.aliases])).toEqual([['WEM', 'Widget Emotion Memory']]);
    expect(names('T', 'We introduce the Widget Emotion Memory (WEM) dataset for dialogue.', 'method')).toEqual([]);
  });

  it('reads capitalised words in an explicit list before "datasets"', () => {
    expect(names('T', 'It improves results on Widgetia, Gadgetton, and Foo-CS datasets.', 'benchmark')).toEqual([
      'Widgetia',
      'Gadgetton',
      'Foo-CS',
    ]);
  });

  it('reads estimator lists and keeps long forms joined by "via" but not clauses', () => {
    expect(names('T', 'Practical estimators such as widget discounting, and Foo-Bar smoothing are not optimal.', 'method')).toEqual([
      'widget discounting',
      'Foo-Bar smoothing',
    ]);
    expect(names('T', 'We propose Widget Analysis via Model Internal States (WAMIS), a new approach.', 'method')).toContain(
      'Widget Analysis via Model Internal States',
    );
  });

  it('ends task phrases at function words and adverbs, and drops evaluative words', () => {
    const tasks = names('T', 'It feeds the generator simultaneously before generation and allows flexible image editing.', 'task');
    expect(tasks).not.toContain('generator simultaneously before generation');
    expect(tasks).toContain('image editing');
  });
});

describe('tasks that are other entities, counts, baseline lists', () => {
  it("drops a task phrase that names the paper's own technique", () => {
    expect(
      names('Widget-from-Gadget Planning for Long Widget Generation', 'We propose Widget-from-Gadget Planning (WGP).', 'task'),
    ).not.toContain('widget-from-gadget planning');
  });

  it('does not start a task phrase with a count or a rank, but keeps 3D', () => {
    const tasks = names(
      'T',
      'We test 10 reconstruction methods; the top-5 reconstruction methods differ in 3D face reconstruction.',
      'task',
    );
    expect(tasks).toEqual(['3d face reconstruction']);
  });

  it('reads parenthesised lists of baselines and engines', () => {
    expect(names('T', 'We compare strong neural baselines (WAN, GadNet) and OCR engines (FooOCR, Bar-OCR).', 'method')).toEqual([
      'WAN',
      'GadNet',
      'FooOCR',
      'Bar-OCR',
    ]);
  });
});

describe('topics', () => {
  it('gives a paper at most two areas', () => {
    const topics = names(
      'Speculative Decoding for Diffusion Models in Reinforcement Learning',
      'We combine speculative decoding, diffusion models and reinforcement learning with a reward model, repeated sampling and Thompson sampling for bandits.',
      'topic',
    );
    expect(topics.length).toBe(2);
  });
});

describe('generic words as benchmarks, one name per generation task', () => {
  it('reads a one-word dataset name only where the sentence is about datasets', () => {
    expect(names('Securing Traffic Sign Recognition Systems', 'We study adverse Weather removal.', 'benchmark')).toEqual([]);
    expect(names('T', 'We forecast on ETTh1, Weather and Traffic with lower error.', 'benchmark')).toEqual(
      expect.arrayContaining(['Weather', 'Traffic']),
    );
    expect(names('T', 'Results on the Weather dataset improve.', 'benchmark')).toEqual(['Weather']);
  });
  it('takes no sizes or organisations as benchmarks', () => {
    expect(names('T', 'Experiments on 7B and 14B show gains; results on OpenAI and GitHub improve.', 'benchmark')).toEqual([]);
  });
  it('gives a generation task written by its modalities alone its head noun, whichever generator found it', () => {
    const withBareTask = defaultExtractorConfig({ combination: 'rules', extraEntries: [{ name: 'image-to-video', type: 'task' }] });
    const tasks = extractEntities({ title: 'T', abstract: 'We study text-to-image generation and image-to-video.' }, withBareTask).filter(
      (e) => e.type === 'task',
    );
    expect(tasks.map((t) => [t.name, t.evidence.mention])).toEqual([
      ['text-to-image generation', 'text-to-image generation'],
      ['image-to-video generation', 'image-to-video'],
    ]);
  });
});

describe('the combined extractor', () => {
  const combined = defaultExtractorConfig();
  const found = (title: string, abstract: string) => extractEntities({ title, abstract }, combined).map((e) => `${e.type}:${e.name}`);

  it('takes no GPU a speed is measured on for a dataset', () => {
    const entities = found(
      'Fast Kernels for Sparse Attention',
      'Furthermore, the kernel also demonstrates excellent portability across GPU architectures, achieving average speedups of x17.8 on H100, x19.0 on RTX 3090 and x16.5 on H800 over dense attention.',
    );
    expect(entities.filter((e) => /H100|H800|RTX/.test(e))).toEqual([]);
  });
  it("takes no LaTeX command's name for the acronym of a long form", () => {
    const entities = found(
      'Parameter-Efficient Multi-task Learning with Prompts',
      'In this work, we propose a Parameter-Efficient Multi-task Learning (\\PM), which employs a neural architecture engineering method for optimizing the continuous prompts.',
    );
    expect(entities).not.toContain('method:PM');
    expect(entities.some((e) => e.startsWith('method:') && /multi-task learning/i.test(e))).toBe(true);
  });
});
