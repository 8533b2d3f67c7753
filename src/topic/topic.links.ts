import { Event } from '../event/event.type';
import { BY_DATE, defineLink } from '../graph/links';
import { linkResolver, nodes } from '../schema/link-fields';
import { Topic } from './topic.type';

const events = defineLink({
  name: 'topicEvents',
  from: 'Topic',
  body: 'MATCH (:Topic {id: id})<-[r:ADDRESSES]-(m:Event)',
  orderBy: BY_DATE,
});

/** The link fields of Topic. */
export const TopicLinks = linkResolver('TopicLinks', () => Topic, {
  events: nodes(events, () => [Event], 'Events that address it, by date.'),
});
