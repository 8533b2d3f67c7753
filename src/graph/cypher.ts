import { int as neo4jInt, Integer } from 'neo4j-driver';

/** A Cypher statement with its parameters: what every builder in the graph layer returns. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** Tags a statement; keeps builders readable (`cypher\`MATCH ...\``) and trims indentation. */
export function cypher(strings: TemplateStringsArray, ...parts: string[]): string {
  const raw = strings.reduce((text, piece, index) => text + piece + (parts[index] ?? ''), '');
  return raw
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** A whole number as a Cypher INTEGER parameter (a plain JS number would be sent as a FLOAT). */
export function int(value: number): Integer {
  return neo4jInt(value);
}
