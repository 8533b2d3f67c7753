import { Node } from '../common/node.interface';
import { defineLink } from '../graph/links';
import { Organization } from '../organization/organization.type';
import { Person } from '../person/person.type';
import { linkResolver, nodes } from '../schema/link-fields';
import { Source } from './source.type';

/** Every source that gives evidence for a node (any kind): the sources of events, people, ... */
export const mentionedBy = defineLink({ name: 'mentionedBy', from: 'Entity', body: 'MATCH (:Entity {id: id})<-[r:MENTIONS]-(m:Source)' });

const mentions = defineLink({ name: 'sourceMentions', from: 'Source', body: 'MATCH (:Source {id: id})-[r:MENTIONS]->(m:Entity)' });
const authors = defineLink({ name: 'sourceAuthors', from: 'Source', body: 'MATCH (:Source {id: id})-[r:WRITTEN_BY]->(m:Person)' });
const publishers = defineLink({
  name: 'sourcePublishers',
  from: 'Source',
  body: 'MATCH (:Source {id: id})-[r:PUBLISHED_BY]->(m:Organization)',
});
const republishers = defineLink({
  name: 'sourceRepublishers',
  from: 'Source',
  body: 'MATCH (:Source {id: id})-[r:REPUBLISHED_BY]->(m:Organization)',
});

/** The link fields of Source. */
export const SourceLinks = linkResolver('SourceLinks', () => Source, {
  mentions: nodes(mentions, () => [Node], 'Every node this source gives evidence for.'),
  writtenBy: nodes(authors, () => [Person], 'Who wrote it, as people in the graph.'),
  publishedBy: nodes(publishers, () => [Organization], 'Who published it, as organizations in the graph.'),
  republishedBy: nodes(
    republishers,
    () => [Organization],
    'Who republished it (the publisher whose copy the text is), as organizations in the graph.',
  ),
});
