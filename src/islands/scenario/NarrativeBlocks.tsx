import type { CharacterDef, NarrativeBlock } from '../../core/scenario/scenario-definition';
import { fillLabel, type ScenarioLabels } from './scenario-labels';

interface NarrativeBlocksProps {
  blocks: readonly NarrativeBlock[];
  characters: readonly CharacterDef[];
  labels: ScenarioLabels;
}

/** The story in the author's order: paragraphs of narration, and lines with the speaker's name first. */
export function NarrativeBlocks({ blocks, characters, labels }: NarrativeBlocksProps) {
  if (blocks.length === 0) return null;
  const nameOf = (id: string) => characters.find((character) => character.id === id)?.name ?? id;
  return (
    <div className="scenario-narrative">
      {blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>{block.text}</p>
        ) : (
          <p key={index} className="scenario-line">
            <span className="scenario-speaker">{fillLabel(labels['scenario.speaker'], { name: nameOf(block.characterId) })}</span>{' '}
            <span className="scenario-said">{block.text}</span>
          </p>
        ),
      )}
    </div>
  );
}
