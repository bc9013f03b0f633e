import { useEffect, useRef, useState } from 'react';
import { attemptsLeft, canReveal, checkAnswer, isSettled, revealAnswer } from '../../core/quiz/question-progress';
import { toInteractionRecord } from '../../core/quiz/question-interaction';
import type { QuestionBase, ResponseBase } from '../../core/quiz/question-kind';
import { questionKinds } from '../../core/quiz/question-kinds';
import type { QuestionState } from '../../core/quiz/question-state';
import { shownOrder } from '../../core/quiz/shown-order';
import type { InteractionRecord } from '../../core/scorm/interaction';
import type { Language } from '../../i18n/strings';
import { findCheckBlocker } from './check-blocker';
import { hasOwnLabels, QuestionControls } from './QuestionControls';
import { QuestionFeedback } from './QuestionFeedback';
import { QuestionFrame } from './QuestionFrame';
import { QuizIcon } from './QuizIcon';
import { fillLabel, type QuizLabelKey, type QuizLabels } from './quiz-labels';

export interface QuestionCardProps {
  question: QuestionBase;
  number: number;
  total: number;
  seed: number;
  /** The saved state: restored at mount, then what the last check or reveal made. */
  state: QuestionState | undefined;
  /** Saved answers are loaded and new ones can be saved. */
  ready: boolean;
  courseId: string;
  quizId: string;
  labels: QuizLabels;
  language: Language;
  idPrefix: string;
  onSave: (questionId: string, state: QuestionState, interaction: InteractionRecord | undefined) => void;
}

function firstDraft(question: QuestionBase, order: readonly string[] | undefined, state: QuestionState | undefined): ResponseBase | undefined {
  return state?.response ?? questionKinds.of(question).view.initialResponse?.(question, order);
}

/** One question: prompt, answer controls, hint, "Check my answer", "Show the answer" and feedback. */
export function QuestionCard({ question, number, total, seed, state, ready, courseId, quizId, labels, language, idPrefix, onSave }: QuestionCardProps) {
  const kind = questionKinds.of(question);
  const order = shownOrder(seed, question);
  const [draft, setDraft] = useState(() => firstDraft(question, order, state));
  const [notice, setNotice] = useState<{ key: QuizLabelKey; count: number }>();
  // Feedback restored from an earlier visit is shown quietly; only a check made now is announced.
  const [announce, setAnnounce] = useState(false);
  const [focusAfterRender, setFocusAfterRender] = useState<'check' | 'feedback'>();
  const startedAt = useRef<number | undefined>(undefined);
  const mountedAt = useRef(Date.now());
  const checkButton = useRef<HTMLButtonElement>(null);
  const feedbackArea = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusAfterRender === 'check') checkButton.current?.focus();
    if (focusAfterRender === 'feedback') feedbackArea.current?.focus();
    if (focusAfterRender) setFocusAfterRender(undefined);
  }, [focusAfterRender]);

  const settled = isSettled(question, state);
  const blocker = findCheckBlocker(question, state, draft, ready);
  const left = settled ? undefined : attemptsLeft(question, state);
  const ids = { reason: `${idPrefix}--reason`, attempts: `${idPrefix}--attempts`, hint: `${idPrefix}--hint` };

  const change = (response: ResponseBase) => {
    startedAt.current ??= Date.now();
    setDraft(response);
  };

  const check = () => {
    if (blocker || !draft) {
      setNotice({ key: blocker ?? 'quiz.needsChoice', count: (notice?.count ?? 0) + 1 });
      return;
    }
    const now = Date.now();
    const next = checkAnswer(question, state, draft);
    const interaction = toInteractionRecord({
      courseId, quizId, question, response: draft, correct: next.correct,
      timestamp: new Date(now), latencyMilliseconds: now - (startedAt.current ?? mountedAt.current),
    });
    startedAt.current = undefined;
    mountedAt.current = now;
    setNotice(undefined);
    setAnnounce(true);
    // Enter in a text field that is now finished (and disabled) would leave focus nowhere.
    if (isSettled(question, next) && document.activeElement !== checkButton.current) setFocusAfterRender('check');
    onSave(question.id, next, interaction);
  };

  const reveal = () => {
    setNotice(undefined);
    setAnnounce(false);
    setFocusAfterRender('feedback');
    onSave(question.id, revealAnswer(state), undefined);
  };

  // A new element per check: checking the same answer again is announced again, not silent. The
  // notice shares the status region, so the two kinds of key must never meet.
  const feedback = <QuestionFeedback key={`check-${state?.attempts ?? 0}`} question={question} state={state} labels={labels} language={language} />;
  const view = kind.view.controls({ question, order, response: draft?.kind === question.kind ? draft : undefined, language });
  const describedBy = [blocker && ids.reason, left !== undefined && ids.attempts].filter(Boolean).join(' ') || undefined;
  return (
    <div className="quiz-question" id={idPrefix} data-question-id={question.id}>
      <QuestionFrame prompt={question.prompt} grouped={hasOwnLabels(view)} number={number} total={total} labels={labels} idPrefix={idPrefix}>
        <QuestionControls
          view={view}
          onChange={change}
          onSubmit={check}
          locked={!ready || settled}
          showCorrect={!!state?.revealed && !state.correct}
          labels={labels}
          idPrefix={idPrefix}
        />
      </QuestionFrame>
      {question.hint && (
        <details className="quiz-hint">
          <summary><QuizIcon name="hint" />{labels['quiz.hintShow']}</summary>
          <p id={ids.hint}><strong>{labels['quiz.hint']}</strong> {question.hint}</p>
        </details>
      )}
      <div className="quiz-actions">
        <button type="button" ref={checkButton} className="primary quiz-check" aria-disabled={blocker ? true : undefined} aria-describedby={describedBy} onClick={check}>
          {labels[kind.scored ? 'quiz.check' : 'quiz.save']}
        </button>
        {ready && canReveal(question, state) && <button type="button" className="quiz-reveal" onClick={reveal}>{labels['quiz.reveal']}</button>}
      </div>
      {blocker && <span id={ids.reason} hidden>{labels[blocker]}</span>}
      {left !== undefined && (
        <p id={ids.attempts} className="quiz-help">
          {left === 1 ? labels['quiz.attemptsLeftOne'] : fillLabel(labels['quiz.attemptsLeftMany'], { count: left })}
        </p>
      )}
      <div className="quiz-feedback-area" ref={feedbackArea} tabIndex={-1}>
        <div role="status" className="quiz-status">
          {notice && <p key={`notice-${notice.count}`} className="quiz-notice">{labels[notice.key]}</p>}
          {announce && feedback}
        </div>
        {!announce && feedback}
      </div>
    </div>
  );
}
