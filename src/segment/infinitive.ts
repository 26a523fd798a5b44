import nlp from 'compromise';

/** compromise's verb conjugator (part of compromise/two's model). */
interface World {
  methods: { two: { transform: { verb: { toInfinitive: (word: string, model: unknown, tense: string) => string } } } };
  model: unknown;
}

let world: World | undefined;

/** "demanding" -> "demand", "shown" -> "show": the infinitive of a verb form, by compromise's conjugation model. */
export function infinitiveOf(word: string, tense: 'Gerund' | 'Participle'): string {
  world ??= nlp.world() as unknown as World;
  return world.methods.two.transform.verb.toInfinitive(word, world.model, tense).toLowerCase();
}

/** How many participles' infinitives are remembered: news uses few irregular ones, over and over. */
const REMEMBERED = 2000;
const participles = new Map<string, string>();

/**
 * compromise gives no root for irregular participles ("has shown", "was written", "had
 * spoken") or a wrong one ("gone" -> "gine"), so lexicons written in base form would miss them.
 * The conjugation model knows them.
 */
export function participleInfinitive(participle: string): string {
  let infinitive = participles.get(participle);
  if (infinitive === undefined) {
    infinitive = infinitiveOf(participle, 'Participle');
    if (participles.size >= REMEMBERED) participles.clear();
    participles.set(participle, infinitive);
  }
  return infinitive;
}
