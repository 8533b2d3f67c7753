import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EntityKind } from '../common/enums';

@ObjectType({ simpleResolvers: true, description: 'A node an ingest touched: the ref it had in the input and the id it has in the graph.' })
export class IngestedNode {
  @Field({ description: 'The ref of the input item.' })
  ref: string;

  @Field(() => ID, { description: 'The node in the graph.' })
  id: string;

  @Field(() => EntityKind, { description: 'What kind of node.' })
  kind: EntityKind;

  @Field({ description: 'Its name or title.' })
  label: string;

  @Field({ nullable: true, description: 'For a merge: what matched (id, ISO code, name, text and address, or type, date and place).' })
  matchedBy?: string;
}

@ObjectType({ simpleResolvers: true, description: 'What one ingested article changed in the graph.' })
export class IngestReport {
  @Field(() => ID, { description: 'The id of the ingested article as a Source.' })
  sourceId: string;

  @Field(() => [IngestedNode], { description: 'Nodes that did not exist before.' })
  created: IngestedNode[];

  @Field(() => [IngestedNode], { description: 'Input items that resolved to nodes already in the graph.' })
  merged: IngestedNode[];

  @Field(() => Int, { description: 'Relationships that did not exist before.' })
  relationsCreated: number;

  @Field(() => Int, {
    description: 'Relationships named by the input that were already in the graph (two inputs naming one relationship count once).',
  })
  relationsMerged: number;

  @Field(() => Int, { description: 'Evidence quotes that were new (0 when the same article is ingested again).' })
  evidenceAdded: number;

  @Field({ description: 'False when the graph was already up to date with this article.' })
  changed: boolean;
}
