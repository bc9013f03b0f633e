import { useEffect, useRef, useState } from 'react';
import { downloadReflections } from '../../runtime/reflections/download-reflections';
import type { ReflectionStore } from '../../runtime/reflections/reflection-store';
import { ScenarioIcon } from './ScenarioIcon';
import type { ScenarioLabels } from './scenario-labels';

interface ReflectionToolsProps {
  store: ReflectionStore;
  labels: ScenarioLabels;
  idPrefix: string;
  /** Called once every reflection is gone, so open prompts empty their fields. */
  onDeleted: () => void;
}

type Stage = 'idle' | 'confirming' | 'deleted';

/** Small controls to take the reflections away as a text file, or delete them all from this device. */
export function ReflectionTools({ store, labels, idPrefix, onDeleted }: ReflectionToolsProps) {
  const [stage, setStage] = useState<Stage>('idle');
  const [focusNext, setFocusNext] = useState<'question' | 'delete' | 'done'>();
  const question = useRef<HTMLParagraphElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (focusNext === 'question') question.current?.focus();
    if (focusNext === 'delete') deleteButton.current?.focus();
    if (focusNext === 'done') done.current?.focus();
    if (focusNext) setFocusNext(undefined);
  }, [focusNext]);

  const download = () => downloadReflections(document, store, {
    title: labels['scenario.reflectionsExportTitle'],
    fileName: labels['scenario.reflectionsFileName'],
  });

  const confirm = () => {
    store.deleteAll();
    setStage('deleted');
    setFocusNext('done');
    onDeleted();
  };

  return (
    <details className="scenario-reflections">
      <summary>{labels['scenario.reflectionsHeading']}</summary>
      <p className="scenario-help">{labels['scenario.reflectHelp']}</p>
      <div className="scenario-reflection-actions">
        <button type="button" onClick={download}>
          <ScenarioIcon name="download" />
          {labels['scenario.reflectionsExport']}
        </button>
        {stage !== 'confirming' && (
          <button type="button" ref={deleteButton} onClick={() => { setStage('confirming'); setFocusNext('question'); }}>
            <ScenarioIcon name="delete" />
            {labels['scenario.reflectionsDelete']}
          </button>
        )}
      </div>
      {stage === 'confirming' && (
        <div className="scenario-confirm">
          <p ref={question} tabIndex={-1} id={`${idPrefix}--delete-question`}>{labels['scenario.reflectionsDeleteConfirm']}</p>
          <div className="scenario-reflection-actions">
            <button type="button" onClick={confirm}>{labels['scenario.reflectionsDeleteYes']}</button>
            <button type="button" className="primary" onClick={() => { setStage('idle'); setFocusNext('delete'); }}>
              {labels['scenario.reflectionsDeleteNo']}
            </button>
          </div>
        </div>
      )}
      <div role="status">
        {stage === 'deleted' && <p ref={done} tabIndex={-1} className="scenario-notice">{labels['scenario.reflectionsDeleted']}</p>}
      </div>
    </details>
  );
}
