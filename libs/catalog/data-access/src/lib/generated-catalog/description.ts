import type { Random } from './prng';
import type { Family } from './taxonomy';
import { BENEFITS, CLOSERS, DETAILS } from './vocabulary';

export interface DescriptionFacts {
  readonly family: Family;
  readonly adjective: string;
  readonly material: string;
  readonly noun: string;
  readonly brand: string;
  readonly origin: string;
  readonly care: string;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** Two or three sentences from templates: what it is, what it has, and (often) where it is made and how to care for it. */
export function describe(random: Random, facts: DescriptionFacts): string {
  const adjective = facts.adjective.toLowerCase();
  const material = facts.material.toLowerCase();
  const noun = facts.noun.toLowerCase();
  const pair = facts.family === 'footwear';
  const [detail, otherDetail] = random.sample(DETAILS[facts.family], 2);
  const opening = random.pick([
    () => (pair ? `A pair of ${adjective} ${noun} in ${material}.` : `${capitalise(article(adjective))} ${adjective} ${noun} in ${material}.`),
    () => `Our ${adjective} ${noun} ${pair ? 'are' : 'is'} made from ${material} that ${random.pick(BENEFITS)}.`,
    () => `${capitalise(material)} ${noun} with ${adjective === 'classic' ? 'timeless' : adjective} good looks and ${detail}.`,
  ])();
  const middle = random.pick([
    () => `${pair ? 'They have' : 'It has'} ${detail} and ${otherDetail}.`,
    () => `Finished with ${otherDetail}, ${pair ? 'they are' : 'it is'} made to be used, not saved for best.`,
    () => `Look out for ${otherDetail}: the kind of detail that makes the difference.`,
  ])();
  const sentences = [opening, middle];
  if (random.chance(0.6)) {
    sentences.push(random.pick(CLOSERS).replace('{brand}', facts.brand).replace('{origin}', facts.origin).replace('{care}', facts.care));
  }
  return sentences.join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
