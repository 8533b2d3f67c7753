import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../common/node.interface';
import { NodeRecord } from '../graph/values';

@ObjectType({ simpleResolvers: true, description: 'One search result: the node, how well it matched, and the name that matched.' })
export class SearchHit {
  @Field(() => Node, { description: 'The node found.' })
  node: NodeRecord;

  @Field(() => Float, { description: 'Relevance (full-text score); higher is better.' })
  score: number;

  @Field({ description: 'The name, alias, native name or title that matched the query best.' })
  matched: string;

  @Field({ description: 'Pass it as `after` for the hits that follow this one (by score, then id).' })
  cursor: string;
}
