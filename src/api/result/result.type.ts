import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Evidence } from '../common/evidence.type.js';

@ObjectType({
  simpleResolvers: true,
  description:
    'A number a paper reports on a benchmark: "56% with 250 samples" (absolute), "+20%" or "2× faster" (a delta, relative to something else, never ranked).',
})
export class Result {
  @Field(() => ID, { description: 'Stable id: `<paper id>#<n>`.' })
  id!: string;

  @Field(() => Float, { description: 'The number as written: 56 for "56%", 0.913 for "0.913", 2 for "2×".' })
  value!: number;

  @Field(() => String, {
    nullable: true,
    description: '"%", "points", "x" (a multiplier), "ms", "s", "min", "h"; null for a plain number.',
  })
  unit?: string;

  @Field(() => String, { nullable: true, description: 'The metric named for it ("accuracy", "FID"), when the sentence names one.' })
  metric?: string;

  @Field(() => String, { nullable: true, description: 'The model or method that reached it, when the sentence says.' })
  subject?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Qualifiers that tell this number apart: "with 250 samples", "zero-shot", "before", "after".',
  })
  condition?: string;

  @Field(() => Boolean, { description: 'A relative claim ("+20%", "improves by 7.1%", "2× faster"); leaderboards leave these out.' })
  isDelta!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'For a difference: "decrease" ("a 1.6% drop", "reduces FLOPs by 40%") or "increase" ("23.6% higher", "+3.5%"); null when the text gives no direction ("outperforms X by 5%") or for an absolute value.',
  })
  change?: string;

  @Field(() => String, { nullable: true, description: '"lower" for "over 95%", "upper" for "below 1%"; null for an exact value.' })
  bound?: string;

  @Field(() => Float, { description: 'How sure the extractor is that benchmark, value and subject belong together (0 to 1).' })
  confidence!: number;

  @Field(() => Evidence, { description: 'The number as written and the sentence that states it.' })
  evidence!: Evidence;

  paperId!: string;
  benchmarkId!: string;
  metricId?: string;
  subjectId?: string;
}
