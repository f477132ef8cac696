// The dialog shown when the person presses Post on a post with findings. It renders its own
// styles, so it looks the same in a shadow root on any site.
import { useEffect, useId, useRef, useState } from 'react';
import type { Analysis, Finding, FlowchartWalk } from '@/rules/types';
import { FLOWCHART } from '@/rules';
import type { EffectiveSettings, Mode } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { ContactList } from './ContactList';
import { FindingList } from './FindingList';
import { FlowchartExplorer } from './flowchart/FlowchartExplorer';
import { PostPreview } from './PostPreview';
import { Styles } from './Styles';
import { useDialogKeyboard } from './useDialogKeyboard';

export interface PreSubmitDialogProps {
  analysis: Analysis;
  text: string;
  settings: EffectiveSettings;
  walk: FlowchartWalk;
  /** Back to the box, nothing posted. */
  onEdit(): void;
  /** The content script then runs the site's own submit once. */
  onPostAnyway(justification?: string): void;
  /** Called once the contacts are shown (mailto links); the dialog stays open. */
  onAskAdvice(): void;
  /** "This is wrong" → allow-list. */
  onMarkWrong(finding: Finding): void;
}

/** The mode that applies to this post: only a `stop` verdict is subject to the organisation's mode. */
export function modeFor(analysis: Analysis, mode: Mode): Mode {
  return analysis.verdict === 'stop' ? mode : 'advise';
}

export function PreSubmitDialog({ analysis, text, settings, walk, onEdit, onPostAnyway, onAskAdvice, onMarkWrong }: PreSubmitDialogProps) {
  const lang = settings.uiLanguage;
  const mode = modeFor(analysis, settings.mode);
  const titleId = useId();
  const summaryId = useId();
  const modeNoteId = useId();
  const contactsId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const contactsRef = useRef<HTMLHeadingElement>(null);
  const [considered, setConsidered] = useState(false);
  const [reason, setReason] = useState('');
  const [contactsShown, setContactsShown] = useState(false);
  const onKeyDown = useDialogKeyboard(dialogRef, onEdit);

  useEffect(() => editRef.current?.focus(), []);
  useEffect(() => {
    if (!contactsShown) return;
    contactsRef.current?.focus();
    onAskAdvice(); // reported once, when the contacts first appear
  }, [contactsShown]);

  const shown = analysis.findings.filter((finding) => finding.severity !== 'info');
  const canPost =
    mode === 'advise' || (mode === 'confirm' && considered) || (mode === 'justify' && reason.trim() !== '');
  const summary =
    analysis.verdict === 'stop' ? 'dialogVerdictStop' : analysis.verdict === 'caution' ? 'dialogVerdictCaution' : 'dialogVerdictOk';

  return (
    <div className="tbyp" lang={lang}>
      <Styles />
      <div className="backdrop">
        <div
          ref={dialogRef}
          role="dialog"
          aria-modal="true"
          aria-labelledby={titleId}
          aria-describedby={summaryId}
          className={`dialog verdict-${analysis.verdict}`}
          onKeyDown={onKeyDown}
          onKeyUp={(event) => event.nativeEvent.stopPropagation()}
        >
          <header className="dialog-header">
            <h1 id={titleId}>{t('dialogTitle', lang)}</h1>
            <p id={summaryId} className="summary">
              {t(summary, lang)}
            </p>
          </header>

          <div className="dialog-body">
            <PostPreview text={text} findings={shown} label={t('postPreviewLabel', lang)} />
            <section aria-labelledby={`${titleId}-findings`}>
              <h2 id={`${titleId}-findings`} className="section-title">
                {t('findingsHeading', lang)}
              </h2>
              <FindingList findings={shown} lang={lang} onMarkWrong={onMarkWrong} />
            </section>
            <FlowchartExplorer flowchart={FLOWCHART} walk={walk} lang={lang} />
            {contactsShown && (
              <section aria-labelledby={contactsId} className="advice">
                <h2 id={contactsId} ref={contactsRef} tabIndex={-1} className="section-title">
                  {t('contactsHeading', lang)}
                </h2>
                <ContactList contacts={settings.contacts} lang={lang} />
              </section>
            )}
            <p className="privacy">{t('dialogPrivacy', lang)}</p>
          </div>

          <footer className="dialog-footer">
            {mode === 'confirm' && (
              <label className="confirm">
                <input type="checkbox" checked={considered} onChange={(event) => setConsidered(event.target.checked)} />
                {t('modeConfirmLabel', lang)}
              </label>
            )}
            {mode === 'justify' && (
              <div className="justify">
                <label htmlFor={`${modeNoteId}-reason`}>{t('modeJustifyLabel', lang)}</label>
                <textarea
                  id={`${modeNoteId}-reason`}
                  value={reason}
                  rows={2}
                  aria-describedby={modeNoteId}
                  onChange={(event) => setReason(event.target.value)}
                />
                <p id={modeNoteId} className="hint">
                  {t('modeJustifyHint', lang)}
                </p>
              </div>
            )}
            {mode === 'block' && (
              <p id={modeNoteId} className="blocked">
                {t('modeBlockMessage', lang)}
              </p>
            )}
            <div className="actions">
              <button ref={editRef} type="button" className="primary" onClick={onEdit}>
                {t('buttonEdit', lang)}
              </button>
              <button
                type="button"
                onClick={() => (contactsShown ? contactsRef.current?.focus() : setContactsShown(true))}
              >
                {t('buttonAskAdvice', lang)}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={!canPost}
                aria-describedby={mode === 'block' ? modeNoteId : undefined}
                onClick={() => onPostAnyway(mode === 'justify' ? reason.trim() : undefined)}
              >
                {t('buttonPostAnyway', lang)}
              </button>
            </div>
          </footer>
        </div>
      </div>
    </div>
  );
}
