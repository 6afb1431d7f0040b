//! A form field: its label, its control, and the message about it, tied together by ids
//! so that a screen reader reads the message with the control. Every form uses it.

use leptos::prelude::*;

/// What a text-like control holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    Text,
    /// A number typed the user's way (`2,5` is fine): a text input with a numeric
    /// keyboard on phones.
    Number,
    Date,
    /// Several lines.
    Area,
}

impl InputKind {
    fn as_str(self) -> &'static str {
        match self {
            InputKind::Text | InputKind::Number | InputKind::Area => "text",
            InputKind::Date => "date",
        }
    }
}

/// The label, the control given as children (which must carry `id` and
/// `aria-describedby` from [`described_by`]), and the message when there is one.
#[component]
pub fn FormField(
    /// The control's id.
    #[prop(into)]
    id: String,
    /// What the field is.
    #[prop(into)]
    label: Signal<String>,
    /// What is wrong with it, if anything.
    #[prop(into)]
    message: Signal<Option<String>>,
    /// The control.
    children: Children,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        <div class="field" class:invalid=move || message.with(Option::is_some)>
            <label for=id>{label}</label>
            {children()}
            <p class="field-error" id=error_id role="alert">{message}</p>
        </div>
    }
}

/// The id of a field's message, for the control's `aria-describedby`.
pub fn described_by(id: &str) -> String {
    format!("{id}-error")
}

/// A text, number, date or multi-line field.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    kind: InputKind,
    /// The text in the control.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the text as it is typed.
    on_input: Callback<String>,
    #[prop(into)] message: Signal<Option<String>>,
    /// Called when the user leaves the field having changed it.
    #[prop(optional)]
    on_change: Option<Callback<String>>,
    /// Characters wide, so that a field is sized to what it holds.
    #[prop(optional)]
    size: Option<u32>,
    /// The id of a `<datalist>` of suggestions.
    #[prop(optional, into)]
    list: String,
) -> impl IntoView {
    let described = described_by(&id);
    let invalid = move || message.with(Option::is_some).to_string();
    let changed = move |ev: leptos::ev::Event| {
        if let Some(on_change) = on_change {
            on_change.run(event_target_value(&ev));
        }
    };
    let control = match kind {
        InputKind::Area => view! {
            <textarea id=id.clone() rows="3" aria-describedby=described aria-invalid=invalid
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
                on:change=changed
            ></textarea>
        }
        .into_any(),
        _ => view! {
            <input id=id.clone() type=kind.as_str() aria-describedby=described aria-invalid=invalid
                inputmode=(kind == InputKind::Number).then_some("decimal")
                size=size
                list=(!list.is_empty()).then_some(list)
                autocomplete="off"
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
                on:change=changed
            />
        }
        .into_any(),
    };
    view! { <FormField id=id label=label message=message>{control}</FormField> }
}

/// A checkbox with its label after it.
#[component]
pub fn CheckField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] checked: Signal<bool>,
    on_toggle: Callback<bool>,
    /// Whether it cannot be changed now.
    #[prop(optional, into)]
    disabled: Signal<bool>,
) -> impl IntoView {
    let control = id.clone();
    view! {
        <label class="check" for=id>
            <input id=control type="checkbox" prop:checked=move || checked.get()
                prop:disabled=move || disabled.get()
                on:change=move |ev| on_toggle.run(event_target_checked(&ev))/>
            {label}
        </label>
    }
}
