import type { CharacterDef } from '../../core/scenario/scenario-definition';
import type { ScenarioLabels } from './scenario-labels';

interface CastListProps {
  characters: readonly CharacterDef[];
  labels: ScenarioLabels;
  idPrefix: string;
}

/** Who the learner will meet, by name and role, before the first scene. */
export function CastList({ characters, labels, idPrefix }: CastListProps) {
  if (characters.length === 0) return null;
  const headingId = `${idPrefix}--cast`;
  return (
    <section className="scenario-cast" aria-labelledby={headingId}>
      <h3 id={headingId}>{labels['scenario.castHeading']}</h3>
      <ul>
        {characters.map((character) => (
          <li key={character.id}>
            <strong>{character.name}</strong>
            {character.role && <>, {character.role}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
