// All cases with filters by status and a search by name, account or case number. Each row
// shows the deadline with the days left; urgent ones stand out.
import { useEffect, useRef, useState } from 'react';
import type { CaseSummary } from '../../src-shared/core-api';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { caseFilters, filterLabel, filterStatuses, type CaseFilter } from './case-filters';
import { CaseTable } from './case-table';
import { PrintCaseListButton } from './print-case-list-button';

const SEARCH_DELAY_MS = 200;

export function CasesScreen() {
  const t = useT();
  const [filter, setFilter] = useState<CaseFilter>('all');
  const [query, setQuery] = useState('');
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const { run } = useDeskAction();
  const startNewCase = useSession((s) => s.startNewCase);
  const outbox = useSession((s) => s.outbox);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      const q = query.trim();
      void run(() => unwrap(deskApi().listCases({ status: [...filterStatuses[filter]], ...(q ? { query: q } : {}) }))).then((list) => {
        if (!cancelled && list) setCases(list);
      });
    }, query ? SEARCH_DELAY_MS : 0);
    return () => { cancelled = true; clearTimeout(timer); };
  }, [filter, query, run, outbox]);

  return (
    <section className="screen cases-screen" aria-labelledby="cases-title">
      <div className="screen-head">
        <h1 id="cases-title" ref={heading} tabIndex={-1}>{t('cases.title')}</h1>
        <button type="button" className="button-primary" onClick={startNewCase} data-testid="new-case">{t('cases.new')}</button>
      </div>
      <div className="cases-tools">
        <fieldset className="filter-group">
          <legend>{t('cases.filter')}</legend>
          {caseFilters.map((f) => (
            <span className="filter" key={f}>
              <input type="radio" name="case-filter" id={`filter-${f}`} value={f} checked={filter === f} onChange={() => setFilter(f)} />
              <label htmlFor={`filter-${f}`}>{t(filterLabel[f])}</label>
            </span>
          ))}
        </fieldset>
        <div className="field search">
          <label htmlFor="case-search">{t('cases.search')}</label>
          <input id="case-search" type="search" value={query} autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
        </div>
        <PrintCaseListButton statuses={filterStatuses[filter]} query={query} />
      </div>
      {cases === null ? <p role="status">{t('app.loading')}</p> : <CaseTable cases={cases} />}
    </section>
  );
}
