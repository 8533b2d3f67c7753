/** Size limits on one ingested article (documented in the README). */
export const INGEST_LIMITS = {
  /** Characters of a source's text (about 200 KB). */
  textLength: 200_000,
  /** Entities, events and relations, each. */
  items: 1_000,
  /** Reference sources besides the article. */
  references: 50,
  /** Evidence quotes on one item. */
  evidencePerItem: 20,
  /** Characters of one quote. */
  quoteLength: 2_000,
  /** Characters of a name, title or alias. */
  nameLength: 300,
  /** Aliases or native names of one entity. */
  aliases: 50,
  /** Characters of a description or summary. */
  descriptionLength: 5_000,
} as const;

/** The ref that the article itself has when its input names none (relations use it: `WRITTEN_BY` from `article`). */
export const ARTICLE_REF = 'article';
