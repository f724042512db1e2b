import type { LexiconEntry } from '../lexicon.js';

// Widely used ML datasets and benchmarks, with names as their authors write them
// (sources: the datasets' papers and home pages; Papers with Code dataset listings).
const b = (name: string, aliases: string[] = [], caseSensitive = false): LexiconEntry => ({ name, type: 'benchmark', aliases, caseSensitive });

export const BENCHMARKS: readonly LexiconEntry[] = [
  b('ImageNet', ['ILSVRC', 'ImageNet-1K', 'ImageNet-1k']), b('ImageNet-21K', ['ImageNet-22K']), b('CIFAR-10'), b('CIFAR-100'), b('MNIST'),
  b('Fashion-MNIST'), b('SVHN'), b('COCO', ['MS COCO', 'MSCOCO', 'MS-COCO']), b('Pascal VOC', ['PASCAL VOC', 'VOC']), b('Cityscapes'),
  b('ADE20K'), b('LVIS'), b('Open Images'), b('CelebA'), b('CelebA-HQ'), b('FFHQ'), b('LSUN'), b('Places365'), b('KITTI'), b('nuScenes'),
  b('Waymo Open Dataset'), b('ScanNet'), b('ShapeNet'), b('ModelNet40'), b('Objaverse'), b('LAION-5B', ['LAION']), b('LAION-400M'), b('CC3M', ['Conceptual Captions']),
  b('CC12M'), b('Visual Genome'), b('Flickr30k'), b('VQAv2', ['VQA v2']), b('GQA'), b('OK-VQA'), b('TextVQA'), b('MMMU'), b('MMBench'), b('MME', [], true),
  b('MathVista'), b('SEED-Bench'), b('POPE', [], true), b('Kinetics-400', ['Kinetics']), b('Kinetics-700'), b('Something-Something V2', ['SSv2']), b('UCF101', ['UCF-101']), b('HMDB51'),
  b('ActivityNet'), b('MSR-VTT', ['MSRVTT']), b('EgoSchema'), b('Ego4D'), b('Video-MME'), b('VBench'), b('UCF-Crime'),
  b('GLUE'), b('SuperGLUE'), b('SQuAD'), b('SQuAD 2.0', ['SQuAD2.0', 'SQuAD v2']), b('Natural Questions', ['NQ']), b('TriviaQA'), b('HotpotQA'), b('MS MARCO', ['MSMARCO']),
  b('BEIR'), b('MTEB'), b('WikiText-103'), b('WikiText-2', ['WikiText2']), b('WikiText'), b('Penn Treebank', ['PTB']), b('The Pile', ['Pile']), b('C4', [], true),
  b('RedPajama'), b('FineWeb'), b('FineWeb-Edu'), b('Dolma'), b('SlimPajama'), b('OpenWebText'), b('BookCorpus'), b('Common Crawl', ['CommonCrawl']),
  b('MMLU'), b('MMLU-Pro'), b('BIG-bench', ['BIG-Bench', 'BigBench']), b('BIG-Bench Hard', ['BBH']), b('HellaSwag'), b('ARC', [], true), b('ARC-Challenge', ['ARC-C']), b('ARC-Easy', ['ARC-E']),
  b('WinoGrande'), b('PIQA'), b('BoolQ'), b('OpenBookQA'), b('CommonsenseQA'), b('TruthfulQA'), b('LAMBADA'), b('StoryCloze'), b('DROP', [], true),
  b('GSM8K', ['GSM-8K']), b('MATH', [], true), b('MATH-500', ['MATH500']), b('AIME', [], true), b('AIME 2024', ['AIME24']), b('AMC', [], true), b('SVAMP'), b('MathQA'), b('ASDiv'), b('Minerva Math'), b('OlympiadBench'), b('GPQA'), b('TheoremQA'),
  b('HumanEval'), b('HumanEval+'), b('MBPP'), b('MBPP+'), b('APPS', [], true), b('CodeContests'), b('LiveCodeBench'), b('DS-1000'), b('CodeXGLUE'), b('SWE-bench'), b('SWE-bench Lite'),
  b('SWE-bench Verified'), b('BigCodeBench'), b('RepoBench'), b('CRUXEval'), b('Spider', [], true), b('BIRD', [], true), b('WikiSQL'),
  b('AlpacaEval'), b('AlpacaEval 2.0'), b('MT-Bench'), b('Chatbot Arena', ['LMSYS Chatbot Arena']), b('Arena-Hard'), b('IFEval'), b('HELM'), b('LongBench'), b('RULER', [], true),
  b('Long Range Arena', ['LRA']), b('Needle in a Haystack', ['NIAH', 'needle-in-a-haystack']), b('InfiniteBench'), b('L-Eval'), b('ZeroSCROLLS'), b('SCROLLS'),
  b('WMT', [], true), b('WMT14'), b('WMT16'), b('WMT19'), b('FLORES-200', ['FLORES']), b('IWSLT'), b('CNN/DailyMail', ['CNN/DM', 'CNN-DailyMail']), b('XSum'), b('SAMSum'),
  b('LibriSpeech'), b('Common Voice'), b('VoxCeleb'), b('VoxCeleb2'), b('AudioSet'), b('ESC-50'), b('LJSpeech'), b('VCTK'), b('TIMIT'), b('Switchboard'), b('GigaSpeech'), b('MUSDB18'), b('LibriTTS'),
  b('MIMIC-III'), b('MIMIC-IV'), b('MIMIC-CXR'), b('CheXpert'), b('UK Biobank'), b('PhysioNet'), b('BraTS'),
  b('ETTh1'), b('ETTh2'), b('ETTm1'), b('ETTm2'), b('ETT', [], true), b('Electricity', [], true), b('Traffic', [], true), b('Weather', [], true), b('ILI', [], true), b('Exchange', [], true), b('M4', [], true), b('UCR archive', ['UCR']), b('UEA archive', ['UEA']), b('Monash archive'),
  b('Atari', [], true), b('Atari 2600'), b('Arcade Learning Environment', ['ALE']), b('MuJoCo'), b('D4RL'), b('DeepMind Control Suite', ['DMC', 'DM Control']), b('Meta-World'), b('ProcGen', ['Procgen']), b('MineRL'), b('NetHack'), b('OpenAI Gym', ['Gym']),
  b('CARLA'), b('Habitat'), b('ALFWorld'), b('WebShop'), b('WebArena'), b('Mind2Web'), b('GAIA', [], true), b('AgentBench'), b('ToolBench'), b('OSWorld'), b('MiniWoB++', ['MiniWoB']),
  b('OGB', ['Open Graph Benchmark']), b('Cora', [], true), b('Citeseer', ['CiteSeer']), b('PubMed', [], true), b('QM9'), b('ZINC', [], true), b('MoleculeNet'), b('PDBbind'), b('CASP', [], true),
  b('Amazon Reviews'), b('Yelp', [], true), b('MovieLens'), b('IMDB', ['IMDb']), b('SST-2'), b('AG News'), b('MultiNLI', ['MNLI']), b('SNLI'), b('XNLI'), b('CoNLL-2003'), b('OntoNotes'),
  b('BBQ', [], true), b('CrowS-Pairs'), b('StereoSet'), b('RealToxicityPrompts'), b('ToxiGen'), b('HarmBench'), b('AdvBench'),
  b('DAVIS', [], true), b('YouTube-VOS'), b('MOT17'), b('Human3.6M'), b('3DPW'), b('NYU Depth V2', ['NYUv2']), b('DTU', [], true), b('LLFF'), b('Mip-NeRF 360'), b('Tanks and Temples'),
];
