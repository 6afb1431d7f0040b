//! The weekly review: the guided steps over a draft kept in storage (so that the review
//! can be left and resumed, also after a reload), and the history of finished reviews.
//!
//! Decisions go through the store as core commands at once; the draft only remembers
//! what was decided, and finishing records it in the plan.

mod decide;
mod history;
mod steps;

use leptos::prelude::*;
use leptos_router::components::A;
use plateful_core::{Plan, ReviewDraft, Step};

pub use history::{HistoryView, ReviewRecordView};

use crate::components::page::{use_announcer, Announcer, PageTitle};
use crate::components::toast::use_toast;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::{use_store, PlanStore};
use crate::storage::{self, StoredReview};
use plateful_core::sync::StoreError;
use plateful_core::Language;

/// What went wrong with the stored review.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The stored draft could not be read; it was kept under a key of its own, or (if
    /// that failed) left where it is, which then must not be written over.
    Unreadable { reason: String, kept_under: Option<String> },
    /// A change to the draft was not written.
    NotSaved(StoreError),
}

/// The review under way, shared by its steps. Every change is written at once: the
/// draft is small, and a review left in the middle must be found again.
#[derive(Clone, Copy)]
pub struct Session {
    pub draft: RwSignal<Option<ReviewDraft>>,
    pub problem: RwSignal<Option<Problem>>,
}

impl Session {
    fn load() -> Self {
        let stamp = platform::stamp();
        let (draft, problem) = match storage::load_review(&stamp) {
            StoredReview::None => (None, None),
            StoredReview::Draft(draft) => (Some(*draft), None),
            StoredReview::Unreadable { reason, kept_under } => {
                (None, Some(Problem::Unreadable { reason, kept_under }))
            }
        };
        Session { draft: RwSignal::new(draft), problem: RwSignal::new(problem) }
    }

    /// An unreadable draft that could not be copied aside still holds the key.
    fn blocked(&self) -> bool {
        self.problem
            .with(|problem| matches!(problem, Some(Problem::Unreadable { kept_under: None, .. })))
    }

    /// Rows a step lists, made from the draft and the plan in the current language;
    /// none while there is no review.
    pub fn rows<T: Clone + PartialEq + Send + Sync + 'static>(
        &self,
        store: PlanStore,
        make: impl Fn(&ReviewDraft, &Plan, Language) -> Vec<T> + Send + Sync + 'static,
    ) -> Memo<Vec<T>> {
        let draft = self.draft;
        Memo::new(move |_| {
            let language = store.language().get();
            draft.with(|draft| match draft {
                Some(draft) => store.with(|plan| make(draft, plan, language)),
                None => Vec::new(),
            })
        })
    }

    /// Changes the draft and writes it.
    pub fn update(&self, change: impl FnOnce(&mut ReviewDraft)) {
        self.draft.update(|draft| {
            if let Some(draft) = draft {
                change(draft);
            }
        });
        self.write();
    }

    /// Starts a new review, or ends this one (finished or discarded).
    pub fn set(&self, draft: Option<ReviewDraft>) {
        if self.blocked() {
            return;
        }
        self.draft.set(draft);
        self.write();
    }

    pub fn go(&self, step: Step) {
        self.update(|draft| draft.step = step);
    }

    /// Brings a discarded review back, unless another was started since (or an
    /// unreadable one holds its key), and says how it went. The page may have moved
    /// on: the draft is written first, where the review page finds it when it comes
    /// back, and shown only if this session is still on screen.
    fn bring_back(&self, draft: ReviewDraft, announcer: Announcer, language: Language) {
        let stamp = platform::now().format("%Y%m%dT%H%M%SZ").to_string();
        let free = match storage::load_review(&stamp) {
            StoredReview::None => true,
            StoredReview::Unreadable { kept_under, .. } => kept_under.is_some(),
            StoredReview::Draft(_) => false,
        };
        if !free || self.draft.try_with_untracked(Option::is_some).unwrap_or(false) {
            return announcer.say(tr(language, Msg::ReviewNotBack));
        }
        match storage::save_review(Some(&draft)) {
            Ok(()) => {
                self.draft.try_set(Some(draft));
                announcer.say(tr(language, Msg::ReviewDraftBack));
            }
            Err(error) => {
                announcer.say(tr(language, Msg::StoreError(&error)));
                self.problem.try_set(Some(Problem::NotSaved(error)));
            }
        }
    }

    fn write(&self) {
        match self.draft.with_untracked(|draft| storage::save_review(draft.as_ref())) {
            Ok(()) => {
                if self.problem.with_untracked(|p| matches!(p, Some(Problem::NotSaved(_)))) {
                    self.problem.set(None);
                }
            }
            Err(error) => self.problem.set(Some(Problem::NotSaved(error))),
        }
    }
}

pub fn use_session() -> Session {
    // Provided by ReviewView around every step.
    expect_context::<Session>()
}

#[component]
pub fn ReviewView() -> impl IntoView {
    let store = use_store();
    let session = Session::load();
    provide_context(session);
    let current = Memo::new(move |_| session.draft.with(|draft| draft.as_ref().map(|d| d.step)));
    view! {
        <PageTitle text=Signal::derive(move || store.t(Msg::ReviewHeading))/>
        <h1>{move || store.t(Msg::ReviewHeading)}</h1>
        {move || session.problem.get().map(|problem| {
            let language = store.language().get();
            let text = match problem {
                Problem::Unreadable { reason, kept_under } => {
                    tr(language, Msg::ReviewUnreadable { reason: &reason, kept_under: kept_under.as_deref() })
                }
                Problem::NotSaved(error) => tr(language, Msg::StoreError(&error)),
            };
            view! { <p class="problem" role="alert">{text}</p> }
        })}
        {move || match current.get() {
            None => view! { <StartReview/> }.into_any(),
            Some(step) => view! { <Steps step=step/> }.into_any(),
        }}
    }
}

/// Before a review: what it is, when the last one was, and the button to begin.
#[component]
fn StartReview() -> impl IntoView {
    let store = use_store();
    let session = use_session();
    let last = Memo::new(move |_| store.with(|plan| plan.last_review()));
    let start = move |_| {
        let draft = store.with_untracked(|plan| {
            ReviewDraft::start(plan, platform::new_review_id(), platform::today(), platform::now())
        });
        session.set(Some(draft));
    };
    view! {
        <section class="panel" aria-labelledby="start-heading">
            <h2 id="start-heading" class="visually-hidden">{move || store.t(Msg::ReviewStart)}</h2>
            <p>{move || store.t(Msg::ReviewIntro)}</p>
            <p class="muted">
                {move || match last.get() {
                    Some(on) => store.t(Msg::LastReview(on)),
                    None => store.t(Msg::ReviewNeverReviewed).to_owned(),
                }}
            </p>
            <p class="actions">
                <button type="button" on:click=start disabled=move || session.blocked()>{move || store.t(Msg::ReviewStart)}</button>
                " "
                <A href="/review/history">{move || store.t(Msg::ReviewHistoryLink)}</A>
            </p>
        </section>
    }
}

/// The step list, the current step, and Back and Next.
#[component]
fn Steps(step: Step) -> impl IntoView {
    let store = use_store();
    let session = use_session();
    let week = Memo::new(move |_| session.draft.with(|d| d.as_ref().map(|d| d.week)));
    let toast = use_toast();
    let announcer = use_announcer();
    let heading = NodeRef::<leptos::html::H2>::new();
    // Keyboard and screen reader users land on the new step's heading. A heading
    // that cannot take the focus leaves it where it was, which is no worse.
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            heading.focus().ok();
        }
    });
    // The draft is kept in memory, so that the Undo notice can bring it back.
    let discard = move |_| {
        let Some(draft) = session.draft.get_untracked() else {
            return;
        };
        session.set(None);
        let language = store.language().get_untracked();
        toast.done_undoing(tr(language, Msg::ReviewDiscarded), move || {
            session.bring_back(draft.clone(), announcer, language)
        });
    };
    let body = match step {
        Step::GetClear => view! { <steps::GetClear/> }.into_any(),
        Step::GetCurrent => view! { <steps::GetCurrent/> }.into_any(),
        Step::WaitingFor => view! { <steps::WaitingFor/> }.into_any(),
        Step::LookAhead => view! { <steps::LookAhead/> }.into_any(),
        Step::BigRocks => view! { <steps::BigRocksStep/> }.into_any(),
        Step::Reflect => view! { <steps::Reflect/> }.into_any(),
        Step::Finish => view! { <steps::Finish/> }.into_any(),
    };
    view! {
        <p class="muted">{move || week.get().map(|week| store.t(Msg::ReviewUnderWay(week)))}</p>
        <nav aria-label=move || store.t(Msg::ReviewSteps)>
            <ol class="steps">
                {Step::ALL.into_iter().map(|each| view! {
                    <li>
                        <button
                            type="button"
                            class="step"
                            aria-current=(each == step).then_some("step")
                            on:click=move |_| session.go(each)
                        >
                            {move || store.t(Msg::Step(each))}
                        </button>
                    </li>
                }).collect_view()}
            </ol>
        </nav>
        <section class="panel review-step" aria-labelledby="step-heading" data-step=step.as_str()>
            <h2 id="step-heading" tabindex="-1" node_ref=heading>{move || store.t(Msg::StepOf(step))}</h2>
            <p class="muted">{move || store.t(Msg::StepHelp(step))}</p>
            {body}
            <p class="actions step-moves">
                {step.previous().map(|previous| view! {
                    <button type="button" class="secondary" on:click=move |_| session.go(previous)>
                        <span aria-hidden="true">"← "</span>{move || store.t(Msg::ReviewBack)}
                    </button>
                })}
                " "
                {step.next().map(|next| view! {
                    <button type="button" on:click=move |_| session.go(next)>
                        {move || store.t(Msg::ReviewNextStep(next))}<span aria-hidden="true">" →"</span>
                    </button>
                })}
            </p>
        </section>
        <p class="actions">
            <button type="button" class="secondary" on:click=discard data-testid="discard-review">{move || store.t(Msg::ReviewDiscard)}</button>
            " "
            <A href="/review/history">{move || store.t(Msg::ReviewHistoryLink)}</A>
            " "
            <A href="/">{move || store.t(Msg::NavToday)}</A>
        </p>
    }
}

/// Moves the focus to the element `id` once the page has drawn the change that put it
/// there (an item of the next step, a heading), for keyboard and screen reader users.
pub(super) fn focus_soon(id: String) {
    request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id(&id))
            .and_then(|element| {
                wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok()
            });
        // An element gone since (the list changed again) keeps the focus where it is.
        if let Some(element) = element {
            element.focus().ok();
        }
    });
}
