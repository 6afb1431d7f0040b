//! What can be done with a commitment, fitted to its status (the core's
//! `item::controls`): one-click moves, hours, waiting and "can I say yes?"; the edit
//! form and the whole status menu under More; Delete, with Undo. Every refusal shows
//! next to the controls, and every change is said aloud with the focus kept on the row.

use leptos::prelude::*;
use plateful_core::item::{controls, Control, Move};
use plateful_core::whatif::CounterOffer;
use plateful_core::{Command, Commitment, CommitmentId, DomainError, Language, StatusKind};

use super::focus::{row_id, ListOrder, Refocus};
use super::log_hours::LogHours;
use super::status::{MoreMenu, WaitForm};
use crate::components::answer::Answer;
use crate::components::page::{use_announcer, Announcer};
use crate::components::toast::{use_toast, Toast};
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::{use_store, PlanStore};

/// Acting on one commitment: sends its commands, words a refusal into `problem`, says
/// what happened and brings the focus back to its row.
#[derive(Clone, Copy)]
pub struct Act {
    pub id: CommitmentId,
    pub store: PlanStore,
    /// What went wrong with the last action, shown with `role="alert"`.
    pub problem: RwSignal<Option<String>>,
    order: Option<ListOrder>,
    fallback: &'static str,
    announcer: Announcer,
    toast: Toast,
}

impl Act {
    pub fn new(id: CommitmentId, fallback: &'static str) -> Act {
        let order = use_context::<ListOrder>();
        let (announcer, toast) = (use_announcer(), use_toast());
        let problem = RwSignal::new(None);
        Act { id, store: use_store(), problem, order, fallback, announcer, toast }
    }

    pub fn language(&self) -> Language {
        self.store.language().get_untracked()
    }

    /// The commitment's title now, for the words said about it.
    pub fn title(&self) -> String {
        self.store.title(self.id)
    }

    /// Shows a refusal next to the controls.
    pub fn refused(&self, message: String) {
        self.problem.set(Some(message));
    }

    /// Sends `command`; on success says `said` (given the title) and returns the focus
    /// to the row (or its neighbour, if the row leaves the list); a refusal is shown.
    pub fn send(&self, command: Command, said: impl FnOnce(Language, &str) -> String) -> bool {
        self.finish(|store| store.dispatch(command), said, true)
    }

    /// Like [`Act::send`] for a change that keeps the control used on screen (hours
    /// logged): the focus stays on it, ready for the next.
    pub fn send_here(&self, command: Command, said: impl FnOnce(Language, &str) -> String) -> bool {
        self.finish(|store| store.dispatch(command), said, false)
    }

    /// Like [`Act::send`], for commands that make one change together.
    pub fn send_all(
        &self,
        commands: Vec<Command>,
        said: impl FnOnce(Language, &str) -> String,
    ) -> bool {
        self.finish(|store| store.dispatch_all(commands), said, true)
    }

    fn finish(
        &self,
        run: impl FnOnce(&PlanStore) -> Result<(), DomainError>,
        said: impl FnOnce(Language, &str) -> String,
        refocus: bool,
    ) -> bool {
        let (language, title) = (self.language(), self.title());
        let focus = refocus.then(|| Refocus::around(self.id, self.order, self.fallback));
        match run(&self.store) {
            Ok(()) => {
                self.problem.set(None);
                self.announcer.say(said(language, &title));
                if let Some(focus) = focus {
                    focus.now();
                }
                true
            }
            Err(error) => {
                let words = tr(language, Msg::DomainError(&error));
                // A refusal can come with another tab's plan in which the commitment is
                // gone, and its row with it: then the words are said aloud instead.
                if self.store.with_untracked(|plan| plan.commitment(self.id).is_none()) {
                    self.announcer.say(words.clone());
                }
                self.refused(words);
                false
            }
        }
    }

    /// Deletes the commitment; the notice offers Undo and takes the focus.
    pub fn delete(&self) {
        let (language, title) = (self.language(), self.title());
        match self.store.dispatch(Command::DeleteCommitment { id: self.id, at: platform::now() }) {
            Ok(()) => self.toast.done(tr(language, Msg::Deleted(&title))),
            Err(error) => self.refused(tr(language, Msg::DomainError(&error))),
        }
    }
}

#[component]
pub fn Controls(
    /// The commitment acted on.
    id: CommitmentId,
    /// It as it is now (none once deleted).
    #[prop(into)]
    current: Signal<Option<Commitment>>,
    /// Opens the edit form.
    on_edit: Callback<()>,
    /// The element that takes the focus when the row and its neighbours are gone.
    fallback: &'static str,
    /// The id of the element that names the commitment, which describes each control.
    #[prop(into)]
    described_by: String,
) -> impl IntoView {
    let act = Act::new(id, fallback);
    let store = act.store;
    let kind = Memo::new(move |_| current.with(|c| c.as_ref().map(|c| c.status.kind())));
    let title = move || current.with(|c| c.as_ref().map(|c| c.title.as_str().to_owned()));
    let title = move || title().unwrap_or_default();
    let (weighing, waiting, more) =
        (RwSignal::new(false), RwSignal::new(false), RwSignal::new(false));
    super::hold_row(id, "open", move || weighing.get() || waiting.get());
    let more_id = format!("more-{id}");
    let described = StoredValue::new(described_by);
    let control = move |control: Control| match control {
        Control::Move(step) => {
            let hidden = Signal::derive(move || step == Move::Decline && weighing.get());
            let described_by = described.get_value();
            view! { <MoveButton act=act step=step hidden=hidden described_by=described_by/> }
                .into_any()
        }
        Control::Weigh => {
            let described_by = described.get_value();
            view! { <Toggle open=weighing label=Msg::CanISayYes described_by=described_by/> }
                .into_any()
        }
        Control::LogHours => view! { <LogHours act=act title=Signal::derive(title)/> }.into_any(),
        Control::Wait => {
            let (label, described_by) = (Msg::Status(StatusKind::Waiting), described.get_value());
            view! { <Toggle open=waiting label=label described_by=described_by/> }.into_any()
        }
    };
    view! {
        <div class="item-actions">
            {move || kind.get().map(|kind| controls(kind).iter().map(|c| control(*c)).collect_view())}
            <button type="button" class="secondary" aria-expanded=move || more.get().to_string()
                aria-controls=more_id.clone() aria-describedby=described.get_value()
                on:click=move |_| more.update(|m| *m = !*m)>
                {move || store.t(Msg::More)}
            </button>
            <button type="button" class="danger"
                aria-label=move || store.t(Msg::ActOn { what: &store.t(Msg::Delete), title: &title() })
                on:click=move |_| act.delete()>
                {move || store.t(Msg::Delete)}
            </button>
        </div>
        <Show when=move || more.get()>
            <MoreMenu act=act id=more_id.clone() kind=kind title=Signal::derive(title) on_edit=on_edit on_waiting=Callback::new(move |()| waiting.set(true))/>
        </Show>
        <Show when=move || waiting.get()>
            <WaitForm act=act on_close=Callback::new(move |()| {
                waiting.set(false);
                Refocus::to(row_id(id)).now();
            })/>
        </Show>
        <Show when=move || weighing.get() && kind.get() == Some(StatusKind::Proposed)>
            <Weighing act=act/>
        </Show>
        {move || act.problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
    }
}

/// A button that shows or hides what it names (the answer, the waiting form).
#[component]
fn Toggle(open: RwSignal<bool>, label: Msg<'static>, described_by: String) -> impl IntoView {
    let store = use_store();
    view! {
        <button type="button" class="secondary" aria-expanded=move || open.get().to_string()
            aria-describedby=described_by on:click=move |_| open.update(|o| *o = !*o)>
            {move || store.t(label)}
        </button>
    }
}

/// A one-click change of status.
#[component]
fn MoveButton(
    act: Act,
    step: Move,
    /// Hidden while another control offers the same (Decline, while the answer shows).
    #[prop(into)]
    hidden: Signal<bool>,
    described_by: String,
) -> impl IntoView {
    let store = act.store;
    let class = if step == Move::Accept { "" } else { "secondary" };
    let click = move |_| {
        let command = step.command(act.id, platform::today(), platform::now());
        act.send(command, |language, title| tr(language, Msg::Moved { step, title }));
    };
    view! {
        <button type="button" class=class hidden=move || hidden.get() data-move=step.as_str()
            aria-describedby=described_by on:click=click>
            {move || store.t(Msg::Move(step))}
        </button>
    }
}

/// "Can I say yes?" for a request: the answer, weighed when asked (it assesses the
/// whole plan again), with its counter-offer and Decline.
#[component]
fn Weighing(act: Act) -> impl IntoView {
    let request = Signal::derive(move || act.store.commitment(act.id));
    let counter = Callback::new(move |offer: CounterOffer| {
        let Some(request) = act.store.commitment(act.id) else { return };
        let commands = offer.accept(&request, platform::now()).to_vec();
        act.send_all(commands, |language, title| {
            tr(language, Msg::Moved { step: Move::Accept, title })
        });
    });
    let decline = Callback::new(move |()| {
        let command = Move::Decline.command(act.id, platform::today(), platform::now());
        act.send(command, |language, title| {
            tr(language, Msg::Moved { step: Move::Decline, title })
        });
    });
    view! {
        <div class="proposed" data-testid="proposed-verdict">
            <Answer request=request on_counter=counter on_decline=decline/>
        </div>
    }
}
