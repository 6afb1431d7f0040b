//! Settings: my capacity and working days, thresholds, WIP limit, calibration,
//! language and theme.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use plateful_core::calibration::{self, MIN_SAMPLES};
use plateful_core::input::{self, InputError};
use plateful_core::{Bounded, Calibration, CalibrationMode, Command, Language, Settings, Theme};

use crate::i18n::{calibration_note, domain_error, input_error, tr, Text};
use crate::state::use_store;
use crate::views::team::PersonRow;

#[component]
pub fn SettingsView() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let me = store.with_untracked(|plan| plan.me().map(|me| me.id));
    let current = store.with_untracked(|plan| plan.settings.clone());
    let full = RwSignal::new(current.thresholds.full_percent.to_string());
    let over = RwSignal::new(current.thresholds.over_percent.to_string());
    let critical = RwSignal::new(current.thresholds.critical_percent.to_string());
    let wip = RwSignal::new(current.wip_limit.get().to_string());
    let mode = RwSignal::new(current.calibration.mode);
    let factor = RwSignal::new(current.calibration.manual_factor.to_string());
    let chosen_language = RwSignal::new(current.language);
    let theme = RwSignal::new(current.theme);
    let outcome = RwSignal::new(None::<(bool, String)>);
    let learned = Memo::new(move |_| {
        store.with(|plan| {
            (
                calibration::learned_factor(&calibration::samples(plan)),
                calibration::samples(plan).len(),
            )
        })
    });

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let language = language.get_untracked();
        // Each message names its field: "WIP limit: Must be a whole number, like 5".
        let at = |label: Text| {
            move |e: InputError| format!("{}: {}", tr(language, label), input_error(language, &e))
        };
        let number = |signal: RwSignal<String>, label: Text| {
            input::number(&signal.get_untracked()).map_err(at(label))
        };
        let read = || -> Result<Settings, String> {
            let mut settings = store.with_untracked(|plan| plan.settings.clone());
            settings.thresholds.full_percent = number(full, Text::Full)?;
            settings.thresholds.over_percent = number(over, Text::Over)?;
            settings.thresholds.critical_percent = number(critical, Text::Critical)?;
            let wip_value =
                input::whole_number(&wip.get_untracked()).map_err(at(Text::WipLimit))?;
            settings.wip_limit =
                Bounded::new(wip_value).map_err(|e| at(Text::WipLimit)(InputError::Number(e)))?;
            let factor_value = number(factor, Text::CalibrationFactor)?;
            let factor_value = Calibration::check_factor(factor_value)
                .map_err(|e| at(Text::CalibrationFactor)(InputError::Number(e)))?;
            settings.calibration =
                Calibration { mode: mode.get_untracked(), manual_factor: factor_value };
            settings.language = chosen_language.get_untracked();
            settings.theme = theme.get_untracked();
            Ok(settings)
        };
        match read() {
            Ok(settings) => match store.dispatch(Command::UpdateSettings(settings)) {
                Ok(()) => {
                    outcome.set(Some((true, tr(settings_language(store), Text::Saved).to_owned())))
                }
                Err(error) => outcome.set(Some((false, domain_error(language, &error)))),
            },
            Err(message) => outcome.set(Some((false, message))),
        }
    };
    let field = move |label: Text, signal: RwSignal<String>| {
        view! {
            <label class="field">
                {move || t(label)}
                <input type="text" inputmode="decimal" prop:value=move || signal.get() on:input=move |ev| signal.set(event_target_value(&ev))/>
            </label>
        }
    };
    view! {
        <h1>{move || t(Text::SettingsHeading)}</h1>
        <section class="panel" aria-labelledby="me-heading">
            <h2 id="me-heading">{move || t(Text::MyCapacity)}</h2>
            <ul class="people">{me.map(|id| view! { <PersonRow id=id/> })}</ul>
        </section>
        <form class="panel settings" on:submit=submit>
            <fieldset>
                <legend>{move || t(Text::Thresholds)}</legend>
                {field(Text::Full, full)}
                {field(Text::Over, over)}
                {field(Text::Critical, critical)}
            </fieldset>
            {field(Text::WipLimit, wip)}
            <fieldset>
                <legend>{move || t(Text::Calibration)}</legend>
                <label class="check">
                    <input type="radio" name="calibration" checked=move || mode.get() == CalibrationMode::Manual on:change=move |_| mode.set(CalibrationMode::Manual)/>
                    {move || t(Text::CalibrationManual)}
                </label>
                <label class="check">
                    <input type="radio" name="calibration" checked=move || mode.get() == CalibrationMode::Learned on:change=move |_| mode.set(CalibrationMode::Learned)/>
                    {move || t(Text::CalibrationLearned)}
                </label>
                {field(Text::CalibrationFactor, factor)}
                <p class="muted" data-testid="calibration-note">
                    {move || { let (learned, samples) = learned.get(); calibration_note(language.get(), learned, samples, MIN_SAMPLES) }}
                </p>
            </fieldset>
            <label class="field">
                {move || t(Text::Language)}
                <select on:change=move |ev| chosen_language.set(if event_target_value(&ev) == "fr" { Language::Fr } else { Language::En })>
                    <option value="en" selected=current.language == Language::En>"English"</option>
                    <option value="fr" selected=current.language == Language::Fr>"Français"</option>
                </select>
            </label>
            <label class="field">
                {move || t(Text::Theme)}
                <select on:change=move |ev| theme.set(match event_target_value(&ev).as_str() { "light" => Theme::Light, "dark" => Theme::Dark, _ => Theme::System })>
                    <option value="system" selected=current.theme == Theme::System>{move || t(Text::ThemeSystem)}</option>
                    <option value="light" selected=current.theme == Theme::Light>{move || t(Text::ThemeLight)}</option>
                    <option value="dark" selected=current.theme == Theme::Dark>{move || t(Text::ThemeDark)}</option>
                </select>
            </label>
            <div class="actions"><button type="submit">{move || t(Text::Save)}</button></div>
            {move || outcome.get().map(|(ok, text)| view! { <p class=if ok { "notice" } else { "field-error" } role="alert">{text}</p> })}
        </form>
    }
}

fn settings_language(store: crate::state::PlanStore) -> Language {
    store.with_untracked(|plan| plan.settings.language)
}
