// Writes the sample plan a first run offers, in English and French, as plan files
// (format version 3) under assets/: a manager who said yes too often, with three
// reports, about 25 commitments and three weeks of reviews. Its dates are those of
// the week of its `saved_at`; the app moves them to the week of today when the sample
// is opened (plateful_core::sample_plan::open).
//
// Every id begins with 5a3b1e00-0000 (plateful_core::sample_plan::SAMPLE_ID_PREFIX):
// that is how the app tells the sample from what the user added, and removes it.
//
//   node scripts/sample-plan.mjs
import { writeFileSync } from 'node:fs';

const ANCHOR = Date.UTC(2026, 2, 2); // Monday 2 March 2026: the sample's "this week".
const DAY = 86400000;

/// A date `week` weeks after the anchor's Monday, on `day` (0 is Monday).
const date = (week, day = 0) => new Date(ANCHOR + (week * 7 + day) * DAY).toISOString().slice(0, 10);
const at = (week, day = 0, hour = 9) => `${date(week, day)}T${String(hour).padStart(2, '0')}:00:00Z`;
const hex = (n) => n.toString(16).padStart(12, '0');
const personId = (n) => `5a3b1e00-0000-4a00-8000-${hex(n)}`;
const commitmentId = (n) => `5a3b1e00-0000-4c00-8000-${hex(n)}`;
const reviewId = (n) => `5a3b1e00-0000-4e00-8000-${hex(n)}`;

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
const ME = personId(1);
const PRIYA = personId(2);
const TOM = personId(3);
const LENA = personId(4);
const DANA = personId(5);
const MARCO = personId(6);

const people = (t) => [
  { id: ME, name: t('Me', 'Moi'), role: 'me', weekly_capacity: 40, working_days: WEEKDAYS, time_off: [] },
  { id: PRIYA, name: 'Priya Natarajan', role: 'report', weekly_capacity: 40, working_days: WEEKDAYS, time_off: [] },
  { id: TOM, name: 'Tom Becker', role: 'report', weekly_capacity: 40, working_days: WEEKDAYS, time_off: [{ from: date(2), to: date(2, 4) }] },
  { id: LENA, name: 'Lena Okafor', role: 'report', weekly_capacity: 32, working_days: ['mon', 'tue', 'wed', 'thu'], time_off: [] },
  { id: DANA, name: 'Dana Whitfield', role: 'stakeholder', weekly_capacity: null, working_days: WEEKDAYS, time_off: [] },
  { id: MARCO, name: 'Marco Ruiz', role: 'peer', weekly_capacity: null, working_days: WEEKDAYS, time_off: [] },
];

const oneOff = (hours) => ({ kind: 'one_off', estimate_hours: hours });
const recurring = (hours, until = null) => ({ kind: 'recurring', hours_per_week: hours, ...(until ? { until } : {}) });
const unestimated = { kind: 'unestimated' };
const due = (week, day, kind = 'soft') => ({ date: date(week, day), kind });
const asked = (id) => ({ person: id });
const active = { state: 'active' };

/// Each commitment: [n, en title, fr title, fields].
const work = (t) => [
  [1, '1:1s with my reports', '1:1 avec mon équipe', { effort: recurring(3), important: true, tags: ['team'], created: -20 }],
  [2, 'Staff meeting and planning', 'Réunion d’équipe et planification', { effort: recurring(4), tags: ['team'], created: -20 }],
  [3, 'Interview loop for the backend role', 'Entretiens pour le poste backend', { effort: recurring(4, date(5, 4)), important: true, tags: ['hiring'], created: -6 }],
  [4, 'Q1 roadmap draft', 'Brouillon de la feuille de route T1', {
    effort: oneOff(16), start: date(-1), due: due(0, 4, 'hard'), important: true, requested_by: asked(DANA), tags: ['planning'], created: -2,
    progress: [{ date: date(-1, 1), hours: 5, note: t('Collected input from the leads', 'Retours des leads rassemblés') }, { date: date(-1, 3), hours: 3, note: '' }],
  }],
  [5, 'Performance reviews for the team', 'Entretiens annuels de l’équipe', { effort: oneOff(16), start: date(0), due: due(1, 4, 'hard'), important: true, tags: ['team'], created: -3 }],
  [6, 'Budget forecast', 'Prévisions budgétaires', { effort: oneOff(8), start: date(0), due: due(1, 4), requested_by: asked(DANA), tags: ['planning'], created: -1 }],
  [7, 'Incident postmortem write-up', 'Rédiger le post-mortem de l’incident', { effort: oneOff(4), start: date(0), due: due(0, 1), urgent: true, tags: ['ops'], created: -1 }],
  [8, 'Security questionnaire for the audit', 'Questionnaire de sécurité pour l’audit', { effort: oneOff(5), start: date(0), due: due(0, 3, 'hard'), urgent: true, requested_by: { text: t('Compliance', 'Conformité') }, tags: ['ops'], created: -1 }],
  [9, 'Team newsletter', 'Lettre d’information de l’équipe', { effort: oneOff(3), start: date(0), due: due(0, 4), tags: ['team'], created: -1 }],
  [10, 'Review Lena’s design doc', 'Relire le document de conception de Lena', { effort: oneOff(3), start: date(0), due: due(1, 0), requested_by: asked(LENA), tags: ['team'], created: -1 }],
  [11, 'Migrate CI to the new runners', 'Migrer la CI vers les nouveaux runners', { effort: oneOff(12), tags: ['infra'], created: -3 }],
  [12, 'Quarterly business review deck', 'Support de la revue trimestrielle', { effort: oneOff(14), start: date(1), due: due(1, 3, 'hard'), important: true, requested_by: asked(DANA), tags: ['planning'], created: -1 }],
  [13, 'Architecture review for payments', 'Revue d’architecture des paiements', { effort: oneOff(10), start: date(1), due: due(2, 4), important: true, requested_by: asked(MARCO), created: -1 }],
  [15, 'Vendor contract renewal', 'Renouvellement du contrat fournisseur', {
    effort: oneOff(3), status: { state: 'waiting', waiting_on: { text: t('Legal', 'Service juridique') }, since: date(-2, 1), last_follow_up: date(-2, 2) }, created: -4,
  }],
  [16, 'Hiring plan for the second half', 'Plan de recrutement du second semestre', { effort: unestimated, important: true, tags: ['hiring'], created: -1 }],
  [17, 'Talk at the platform meetup', 'Présentation au meetup plateforme', { effort: oneOff(12), status: { state: 'proposed' }, due: due(6, 3, 'hard'), requested_by: asked(MARCO), created: -1 }],
  [18, 'Mentor a new team lead', 'Accompagner un nouveau responsable d’équipe', { effort: recurring(1.5), status: { state: 'proposed' }, requested_by: asked(DANA), created: -1 }],
  [20, 'Load test the new API', 'Tests de charge de la nouvelle API', { owner: TOM, delegated_by: ME, effort: oneOff(20), start: date(0), due: due(1, 4), created: -1 }],
  [21, 'On-call handbook', 'Guide d’astreinte', { owner: PRIYA, delegated_by: ME, effort: oneOff(8), start: date(0), due: due(2, 4), tags: ['ops'], created: -2 }],
  [22, 'Customer escalation follow-up', 'Suivi de l’escalade client', { owner: LENA, effort: oneOff(10), start: date(0), due: due(0, 3), urgent: true, requested_by: asked(MARCO), created: -1 }],
  [23, 'Dependency upgrades', 'Mises à jour des dépendances', { owner: PRIYA, effort: recurring(4), tags: ['infra'], created: -8 }],
  [25, 'OKR check-in', 'Point sur les OKR', {
    effort: oneOff(6), status: { state: 'done', on: date(-1, 3) }, due: due(-1, 4), created: -4,
    progress: [{ date: date(-1, 3), hours: 9, note: t('Took longer than planned', 'Plus long que prévu') }],
  }],
  [26, 'Payments API v2', 'API de paiement v2', { owner: PRIYA, effort: oneOff(48), start: date(0), due: due(2, 4), important: true, requested_by: asked(MARCO), created: -3 }],
  [28, 'On-call', 'Astreinte', { owner: PRIYA, effort: recurring(8), tags: ['ops'], created: -8 }],
  [29, 'Search indexing rewrite', 'Refonte de l’indexation de la recherche', { owner: TOM, effort: oneOff(36), start: date(0), due: due(1, 4), important: true, created: -2 }],
  [30, 'Mobile release checklist', 'Liste de contrôle de la version mobile', { owner: LENA, effort: oneOff(16), start: date(0), due: due(1, 3), created: -1 }],
  [27, 'Team health survey', 'Enquête sur la santé de l’équipe', {
    effort: oneOff(5), status: { state: 'dropped', on: date(-1, 0), reason: t('No room before the roadmap', 'Pas de place avant la feuille de route') }, tags: ['team'], created: -4,
  }],
];

function commitments(t) {
  return work(t).map(([n, en, fr, f]) => ({
    id: commitmentId(n),
    title: t(en, fr),
    notes: '',
    owner: f.owner ?? ME,
    requested_by: f.requested_by ?? null,
    status: f.status ?? active,
    effort: f.effort,
    start: f.start ?? null,
    due: f.due ?? null,
    important: f.important ?? false,
    urgent: f.urgent ?? false,
    tags: f.tags ?? [],
    delegated_by: f.delegated_by ?? null,
    created_at: at(f.created, 0),
    updated_at: at(f.created < -1 ? -1 : f.created, 0, 10),
    progress: f.progress ?? [],
  }));
}

const snapshot = (week, loads) => loads.map((load, i) => ({ week: date(week + 1 + i), capacity: 40, load }));

function reviews(t) {
  const review = (n, week, fields) => ({
    id: reviewId(n),
    week: date(week),
    completed_at: at(week, 4, 16),
    entries: [],
    followed_up: [],
    triaged: [],
    big_rocks: [],
    pulse: 3,
    accepted_overload_hours: null,
    ...fields,
  });
  return [
    review(1, -3, {
      entries: [{ commitment: commitmentId(3), hours_logged: 0, decision: { kind: 'keep' } }],
      reflection: {
        went_well: t('The backend role is posted.', 'Le poste backend est publié.'),
        slipped: t('Nothing for the roadmap yet.', 'Rien encore pour la feuille de route.'),
        to_change: t('Say no to one meeting a day.', 'Refuser une réunion par jour.'),
      },
      pulse: 4,
      snapshot: snapshot(-3, [36, 38.5, 41, 44]),
    }),
    review(2, -2, {
      entries: [{ commitment: commitmentId(15), hours_logged: 1, decision: { kind: 'keep' } }],
      followed_up: [commitmentId(15)],
      reflection: {
        went_well: t('Interviews started.', 'Les entretiens ont commencé.'),
        slipped: t('The CI migration, again.', 'La migration de la CI, encore.'),
        to_change: t('Hand the load tests to Tom.', 'Confier les tests de charge à Tom.'),
      },
      pulse: 3,
      snapshot: snapshot(-2, [42, 45, 47.5, 46]),
      accepted_overload_hours: 2,
    }),
    review(3, -1, {
      entries: [
        { commitment: commitmentId(25), hours_logged: 9, decision: { kind: 'done' } },
        { commitment: commitmentId(27), hours_logged: 0, decision: { kind: 'drop', reason: t('No room before the roadmap', 'Pas de place avant la feuille de route') } },
        { commitment: commitmentId(4), hours_logged: 8, decision: { kind: 'keep' } },
      ],
      big_rocks: [commitmentId(4), commitmentId(5)],
      reflection: {
        went_well: t('OKR check-in done.', 'Point OKR terminé.'),
        slipped: t('The roadmap is late and the week is already full.', 'La feuille de route est en retard et la semaine déjà pleine.'),
        to_change: t('Look at the relief plan before saying yes.', 'Regarder le plan de délestage avant de dire oui.'),
      },
      pulse: 2,
      snapshot: snapshot(-1, [49, 46, 24, 21]),
      accepted_overload_hours: 9,
    }),
  ];
}

function plan(language) {
  const t = (en, fr) => (language === 'fr' ? fr : en);
  return {
    format: 'plateful-plan',
    version: 3,
    saved_at: at(0, 0, 8),
    revision: 0,
    plan: {
      people: people(t),
      commitments: commitments(t),
      big_rocks: [{ week: date(0), commitments: [commitmentId(4), commitmentId(5)] }],
      reviews: reviews(t),
      tombstones: [],
    },
  };
}

for (const language of ['en', 'fr']) {
  const file = new URL(`../assets/sample-plan.${language}.json`, import.meta.url);
  writeFileSync(file, `${JSON.stringify(plan(language), null, 1)}\n`);
}
