//! Settings: my capacity and working days, and every setting SPEC 2.1 names. Each
//! field saves as soon as it is valid (a number when the field is left, a choice when
//! it is made) and says so next to it; a value out of bounds is refused at its field,
//! and nothing is saved.

use leptos::prelude::*;
use plateful_core::{
    input, CalibrationMode, Command, DayName, Language, SettingField, Settings, Theme,
};

use crate::components::field::{described_by, FormField, InputKind, TextField};
use crate::components::page::PageTitle;
use crate::components::person_row::PersonRow;
use crate::i18n::{tr, Msg};
use crate::state::{use_assessed, use_store, PlanStore};

#[component]
pub fn SettingsView() -> impl IntoView {
    let store = use_store();
    let me = store.with_untracked(|plan| plan.me().map(|me| me.id));
    let assessed = use_assessed();
    // What the projection used: the factor, the learned one and the samples, computed
    // once for the whole app.
    let calibration = Memo::new(move |_| assessed.0.with(|a| a.projection.calibration.clone()));
    let number = |field: SettingField| view! { <NumberSetting field=field/> };
    view! {
        <PageTitle text=Signal::derive(move || store.t(Msg::SettingsHeading))/>
        <h1>{move || store.t(Msg::SettingsHeading)}</h1>
        <section class="panel" aria-labelledby="me-heading">
            <h2 id="me-heading">{move || store.t(Msg::MyCapacity)}</h2>
            <ul class="people">{me.map(|id| view! { <PersonRow id=id/> })}</ul>
        </section>
        <form class="panel settings" on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
            <fieldset>
                <legend>{move || store.t(Msg::SettingsWeeks)}</legend>
                <Choice id="setting-week-start" label=Msg::WeekStart
                    options={DayName::ALL.iter().map(|d| (d.as_str(), Msg::DayName(*d))).collect::<Vec<_>>()}
                    current={|settings: &Settings| settings.week_start.as_str()}
                    choose={|settings: &mut Settings, value: &str| DayName::parse(value).map(|day| settings.week_start = day)}/>
                {number(SettingField::HorizonWeeks)}
            </fieldset>
            <fieldset>
                <legend>{move || store.t(Msg::Thresholds)}</legend>
                {SettingField::THRESHOLDS.into_iter().map(number).collect_view()}
            </fieldset>
            <fieldset>
                <legend>{move || store.t(Msg::SettingsNudges)}</legend>
                {number(SettingField::WipLimit)}
                {number(SettingField::StaleWeeks)}
                {number(SettingField::WaitingNudgeDays)}
                {number(SettingField::UrgentWindowDays)}
            </fieldset>
            <fieldset>
                <legend>{move || store.t(Msg::Calibration)}</legend>
                <Choice id="setting-calibration" label=Msg::CalibrationMode
                    options={CalibrationMode::ALL.iter().map(|mode| (mode.as_str(), match mode {
                        CalibrationMode::Manual => Msg::CalibrationManual,
                        CalibrationMode::Learned => Msg::CalibrationLearned,
                    })).collect::<Vec<_>>()}
                    current={|settings: &Settings| settings.calibration.mode.as_str()}
                    choose={|settings: &mut Settings, value: &str| CalibrationMode::parse(value).map(|mode| settings.calibration.mode = mode)}/>
                {number(SettingField::CalibrationFactor)}
                <p class="muted" data-testid="calibration-note">
                    {move || calibration.with(|calibration| store.t(Msg::CalibrationInEffect(calibration)))}
                </p>
            </fieldset>
            <fieldset>
                <legend>{move || store.t(Msg::SettingsLook)}</legend>
                <Choice id="setting-language" label=Msg::Language
                    options={Language::ALL.iter().map(|language| (language.as_str(), Msg::LanguageName(*language))).collect::<Vec<_>>()}
                    current={|settings: &Settings| settings.language.as_str()}
                    choose={|settings: &mut Settings, value: &str| Language::parse(value).map(|language| settings.language = language)}/>
                <Choice id="setting-theme" label=Msg::Theme
                    options={Theme::ALL.iter().map(|theme| (theme.as_str(), match theme {
                        Theme::System => Msg::ThemeSystem,
                        Theme::Light => Msg::ThemeLight,
                        Theme::Dark => Msg::ThemeDark,
                    })).collect::<Vec<_>>()}
                    current={|settings: &Settings| settings.theme.as_str()}
                    choose={|settings: &mut Settings, value: &str| Theme::parse(value).map(|theme| settings.theme = theme)}/>
            </fieldset>
        </form>
    }
}

/// Saves new settings and says how it went next to the field: "Saved." or why not.
fn save(store: PlanStore, language: Language, settings: Settings) -> Result<(), String> {
    store
        .dispatch(Command::UpdateSettings(settings))
        .map_err(|error| tr(language, Msg::DomainError(&error)))
}

/// A numeric setting: typed the user's way, checked by the core against its bounds
/// (and the thresholds against each other), saved when the field is left.
#[component]
fn NumberSetting(field: SettingField) -> impl IntoView {
    let store = use_store();
    let current = move || store.with(|plan| plan.settings.get(field));
    let typed = RwSignal::new(tr(store.language().get_untracked(), Msg::SettingInput(current())));
    let message = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);
    // What another tab or Undo did shows here too, unless the field holds a mistake the
    // user is correcting.
    Effect::new(move |_| {
        let value = current();
        if message.with_untracked(Option::is_none) {
            typed.set(tr(store.language().get_untracked(), Msg::SettingInput(value)));
        }
    });
    let commit = Callback::new(move |text: String| {
        let language = store.language().get_untracked();
        let value = match input::number(&text) {
            Ok(value) => value,
            Err(error) => return message.set(Some(tr(language, Msg::InputError(&error)))),
        };
        let next = store.with_untracked(|plan| plan.settings.with_field(field, value));
        let outcome = match next {
            Ok(settings) => save(store, language, settings),
            Err(error) => Err(tr(language, Msg::SettingError(&error))),
        };
        saved.set(outcome.is_ok());
        message.set(outcome.err());
    });
    let id = format!("setting-{}", field.as_str());
    view! {
        <div class="setting">
            <TextField id=id label=Signal::derive(move || store.t(Msg::Setting(field)))
                kind=InputKind::Number size=6 value=typed
                on_input=Callback::new(move |text| { typed.set(text); saved.set(false) })
                on_change=commit message=message/>
            <p class="muted hint">{move || store.t(Msg::SettingBounds(field))}</p>
            <p class="saved" role="status">{move || saved.get().then(|| store.t(Msg::Saved))}</p>
        </div>
    }
}

/// A setting chosen from a list, saved as soon as it is chosen.
#[component]
fn Choice(
    id: &'static str,
    label: Msg<'static>,
    /// Each option's value (an enum's `as_str`) and its words.
    options: Vec<(&'static str, Msg<'static>)>,
    /// The value in force.
    current: fn(&Settings) -> &'static str,
    /// Sets the chosen value on the settings; `None` for a value that is not one.
    choose: fn(&mut Settings, &str) -> Option<()>,
) -> impl IntoView {
    let store = use_store();
    let current = Memo::new(move |_| store.with(|plan| current(&plan.settings)));
    let message = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);
    let change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let mut settings = store.with_untracked(|plan| plan.settings.clone());
        if choose(&mut settings, &value).is_none() {
            return;
        }
        let outcome = save(store, store.language().get_untracked(), settings);
        saved.set(outcome.is_ok());
        message.set(outcome.err());
    };
    view! {
        <div class="setting">
            <FormField id=id label=Signal::derive(move || store.t(label)) message=message>
                <select id=id aria-describedby=described_by(id) on:change=change>
                    {options.into_iter().map(|(value, words)| view! {
                        <option value=value selected=move || current.get() == value>{move || store.t(words)}</option>
                    }).collect_view()}
                </select>
            </FormField>
            <p class="saved" role="status">{move || saved.get().then(|| store.t(Msg::Saved))}</p>
        </div>
    }
}
