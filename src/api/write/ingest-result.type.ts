import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A problem with one record of ingestPapers.' })
export class RecordIssue {
  @Field(() => Int, { description: 'Position of the record in `records`, from 0.' })
  index!: number;

  @Field(() => String, { nullable: true, description: 'The field the problem is in, when it is in one.' })
  field?: string;

  @Field(() => String, { description: 'What is wrong, as the CLI reports it.' })
  message!: string;
}

@ObjectType({ simpleResolvers: true, description: 'What ingestPapers wrote.' })
export class IngestResult {
  @Field(() => Boolean, {
    description: 'False when a record had a problem and skipInvalid was not set: then nothing was written.',
  })
  written!: boolean;

  @Field(() => Int, { description: 'Papers written (a paper given twice counts once).' })
  papers!: number;

  @Field(() => Int, { description: 'Paper-to-entity links written.' })
  links!: number;

  @Field(() => [RecordIssue], { description: 'Every problem found, in record order; those records were not written.' })
  issues!: RecordIssue[];
}
