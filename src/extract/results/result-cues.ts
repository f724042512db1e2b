// The words around a number that say what kind of claim it is. Each pattern reads the text just
// before the number (…$) or just after it (^…).

/** "improves by 7.1%", "a gain of 3 points", "within 5% of the baseline": the number is a difference. */
export const DELTA_BEFORE =
  /\b(?:by|within|(?:gains?|improvements?|boosts?|increases?|reductions?|decreases?|drops?|margins?|degradations?)\s+of)\s+(?:(?:up to|about|approximately|nearly|roughly|around|over|more than|almost|an?)\s+)*\$?$/i;
/** "a 38.6% improvement", "23.6% higher", "2.67% and 3.28 gains": the number is a difference. */
export const DELTA_AFTER =
  /^\s*(?:(?:and|or|,)\s+\+?\$?[\d.]+\$?\s*(?:\\?%|points?)?\s+)?(?:(?:absolute|relative|average|mean|overall|percentage|point|pp|performance)\s+)?(?:improvements?|gains?|boosts?|increases?|reductions?|decreases?|drops?|higher|lower|better|worse|faster|slower|fewer|less|more|smaller|larger|speed-?ups?|margins?|improved|degradations?|lift|over (?:the |a |an )?(?:\p{Lu}|baselines?|prior|previous|existing|state))/iu;

export const LOWER_BOUND_BEFORE =
  /(?:\b(?:over|more than|above|at least|exceeding|exceeds|greater than|beyond|upwards of|no less than)|[>≥]|\\geq?)\s*\$?\s*$/i;
export const UPPER_BOUND_BEFORE =
  /(?:\b(?:under|below|within|less than|at most|fewer than|lower than|no more than)|[<≤]|\\leq?)\s*\$?\s*$/i;

/** "from 15.9% … to 56%", "1.58% -> 0.79%". */
export const FROM_BEFORE = /\bfrom\s+(?:(?:about|approximately|around|roughly|nearly|only)\s+)?\$?$/i;
/** "ranges from 97.1% to 97.6%", "varies from …", "between 80% and 85%": the pair is a range's two ends, not a change. */
export const RANGE_FROM_BEFORE =
  /\b(?:(?:rang|var(?:y|i)|span|fluctuat)\w*\s+(?:\w+\s+){0,2}?from|between)\s+(?:(?:about|approximately|around|roughly|nearly|only)\s+)?\$?$/i;
/** "reaches 72.6%, up from 62.2%": the later number is the earlier measurement, before the change. */
export const UP_FROM_BEFORE =
  /\b(?:up|down|improved|improving|rising|falling|dropping)\s+from\s+(?:(?:about|approximately|around|roughly|nearly|only)\s+)?\$?$/i;
/**
 * "the premature-stop rate falling from 14.8% to 11.1%": a quantity named before the change; group 1 its head word
 * (a number of a quantity no measure of the paper names is no result on a benchmark).
 */
export const QUANTITY_CHANGE_BEFORE =
  /\b(rates?|ratios?|errors?|loss(?:es)?|scores?|times?|latenc(?:y|ies)|lengths?|costs?|counts?|sizes?|usage|overheads?)\s+(?:(?:has|have|was|were|is|are)\s+)?(?:fall|ris|dropp|decreas|increas|declin|shrink|grow|reduc|go|went|mov)\w*\s+from\s+(?:(?:about|approximately|around|roughly|nearly|only)\s+)?\$?$/i;
/** What goes on from one "from A to B" to the next ("% on 7B and from 17.1% …"): the same quantity again. */
export const CONTINUED_FROM = /^[^.;]{0,40}?\b(?:and|,)\s+(?:then\s+)?from\s+\$?$/i;
/** What stands between "up from 65.0%" and the model or method that number belongs to ("% for the LoRA baseline"). */
export const OWNER_AFTER = /^\s*(?:%|points?|pp)?\s*(?:for|of|by|with)\s+(?:the\s+|a\s+|an\s+)?$/i;
/** What follows the first number of "from A to B" ("% to ", " points -> "): that number starts a pair of its own. */
export const PAIR_TO_AFTER = /^\s*(?:%|points?|pp)?\s*(?:to|->|→)\s+\$?$/i;
export const RANGE_AND_BEFORE = /\band\s+\$?$/i;
export const TO_BEFORE = /(?:\bto|->|→)\s+(?:(?:about|approximately|around|roughly|nearly|as (?:low|high) as|only)\s+)?\$?$/i;

/** A spread ("0.822 ± 0.007"), a variable ("n = 100", "p < 0.001"): not a result. */
export const NOT_A_RESULT_BEFORE = /(?:±|\\pm|\+\/-)\s*\$?\s*$|(?:^|[^\p{L}\p{N}])\p{L}\s*\$?\s*[=<>≤≥]\s*\$?\s*$/u;

// What a number after these words is: how a run was set up, not what it scored.
// "using 256 NFEs", "with only 5% of the cache", "requires 3 steps":
const SETTING_VERB = String.raw`(?:using|with (?:only|just)|requir(?:e|es|ing)|needs?|given (?:only|just))\s+(?:(?:only|just|about|approximately|around|roughly|as few as)\s+)?`;
// "IoU thresholds between 0.5 and 0.9":
const THRESHOLD = String.raw`thresholds?\s+(?:of\s+|at\s+|from\s+|between\s+|=\s*)?(?:\$?\d[\d.]*\$?\s*(?:and|to|-)\s*)?`;
// "2.69 FID with 10 NFE": "with" right after a score and its measure.
const WITH_AFTER_SCORE = String.raw`\d[\d.,]*\s*%?\s+[\w@-]+\s+with\s+`;
/** The number is the setting, not a score (see the three kinds above). */
export const SETTING_BEFORE = new RegExp(String.raw`\b(?:${SETTING_VERB}|${THRESHOLD}|${WITH_AFTER_SCORE})\$?$`, 'i');
/** "10% labeled data", "10% and 20% of the labels": the amount of supervision, not a score. */
export const SETTING_AFTER =
  /^\s*\$?\s*(?:(?:,|,?\s*and|,?\s*or)\s+\$?\d[\d.,]*\$?\s*(?:\\?%)?\s+)?(?:of\s+(?:the\s+)?)?(?:labell?ed|annotated|labels|training (?:data|samples|examples|set))\b/i;
/** "98.4% of the performance", "18% of the image pixels": a share of a quantity, not a score ("63% of the problems" is one). */
export const SHARE_AFTER =
  /^\s*of\s+(?:the|its|their|our|all)\s+(?:[\w-]+\s+){0,3}?(?:performance|accuracy|quality|capabilit(?:y|ies)|parameters|compute|computation|FLOPs|pixels|tokens|cache|memory|data|datasets?|training set)\b/i;

/** Words after a plain number that keep it a score rather than a count ("250 samples"). */
export const SCORE_FOLLOWER =
  /^\s*\$?\s*(?:[,;:.)\]±]|\\pm|\+\/-|$|(?:on|in|for|and|or|with|at|vs\.?|versus|over|than|compared|when|while|which|to|from|using|across|by|after|under|of|as|respectively|is|are|was|were|the|a|an|against|without|points?|pp|absolute|relative|improvements?|gains?|boosts?|increases?|reductions?|decreases?|drops?|higher|lower|better|worse|faster|fewer|less|more|margins?|macro|micro|top|average|mean|overall)\b)/i;

/** Words right before a model or method that make it the thing compared against, not the subject. */
export const COMPARED_BEFORE =
  /\b(?:than|over|against|vs\.?|versus|compared (?:to|with)|relative to|outperform(?:s|ing|ed)?|surpass(?:es|ing|ed)?|beat(?:s|ing)?|exceed(?:s|ing|ed)?|baselines?(?: such as| like)?|over the|from|competitive with|comparable (?:to|with)|similar to|matching)\s+(?:(?:the|a|strong|prior|original|vanilla|standard|base|previous)\s+)*$/i;
/** Comparison words between a candidate subject and an absolute number: the number is someone else's. */
export const COMPARISON_BETWEEN = /\b(?:outperform\w*|surpass\w*|than|compared|versus|vs\.?|whereas|while|against)\b/i;

/** "with 250 samples", "using 8 GPUs", "under the zero-shot setting" right after a number. */
export const CONDITION_AFTER =
  /^\s*(?:[\w@-]+\s+)?((?:with|using|under)\s+(?:[\w-]+(?:[.,]\d+)*\s+){0,3}?[\w-]+(?:[.,]\d+)*)(?=\s*(?:[,;.)](?:\s|$)|\s(?:and|on|to|while|which|outperforming|compared|than|over|against)\b|$))/i;
export const SHOT_SETTING = /\b(?:zero|one|few|\d+)[- ]shot\b|\bfine-?tun(?:ed|ing)\b/i;

/** The sentence speaks of the paper's own method. */
export const OURS = /\b(?:our|we|ours|the proposed)\b/i;
/** The verb of "X outperforms Y by 3%". */
export const OUTPERFORM = /\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|improv\w* (?:on|over|upon))\b/i;

/** "TokenDrop with a Swin-B backbone", "X built on LLaMA": between a subject and a model or method it is built with. */
export const BUILT_WITH_BETWEEN = /^\s*,?\s*(?:with|using|upon|on top of|(?:based|built) on)\s+(?:(?:a|an|the|its)\s+)?$/i;
/** "with linear probing", "(linear probing)", "evaluated via …": a model or method named as the means of another's result. */
export const MEANS_BEFORE = /(?:\b(?:with|using|via|through|under)\s+(?:(?:a|an|the|its)\s+)?|\(\s*)$/i;
