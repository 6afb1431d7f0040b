//! The sample plan: opened on request from the file shipped beside the app, merged
//! into the plan, and removed again in one click (with Undo), leaving what the user
//! added.

use leptos::prelude::*;
use plateful_core::sample_plan::{self, SampleContents};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::components::page::use_announcer;
use crate::components::relief::focus_first;
use crate::components::toast::use_toast;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::use_store;

/// Fetches a file of the app's own origin as text; the browser's words when it fails
/// (empty when it gave none).
async fn fetch_text(url: &str) -> Result<String, String> {
    let words = |error: wasm_bindgen::JsValue| match error.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => error.as_string().unwrap_or_default(),
    };
    let window = web_sys::window().ok_or_else(String::new)?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(words)?;
    let response: web_sys::Response = response.dyn_into().map_err(words)?;
    if !response.ok() {
        return Err(response.status_text());
    }
    let text = JsFuture::from(response.text().map_err(words)?).await.map_err(words)?;
    text.as_string().ok_or_else(String::new)
}

/// Moves the focus to the page's heading once the page has caught up.
pub fn focus_heading() {
    focus_first(&["#today-heading"]);
}

/// "Explore the sample plan": fetches the sample in the plan's language, moves its
/// dates to this week and merges it in.
#[component]
pub fn ExploreSample() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let loading = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let explore = move |_| {
        loading.set(true);
        problem.set(None);
        let language = store.language().get_untracked();
        let url = format!("/sample-plan.{}.json", language.as_str());
        leptos::task::spawn_local(async move {
            let opened = match fetch_text(&url).await {
                Ok(text) => sample_plan::open(&text, platform::today(), platform::now())
                    .map_err(|error| tr(language, Msg::FormatError(&error))),
                Err(words) => Err(words),
            };
            loading.set(false);
            match opened {
                Ok(sample) => {
                    let report = store.merge(&sample);
                    announcer.say(tr(
                        language,
                        Msg::SampleAdded {
                            commitments: report.added,
                            people: report.people_added,
                            reviews: report.reviews_added,
                        },
                    ));
                    focus_heading();
                }
                Err(words) => problem.set(Some(tr(language, Msg::SampleFailed(&words)))),
            }
        });
    };
    view! {
        <button type="button" class="secondary" data-testid="explore-sample" disabled=move || loading.get() on:click=explore>
            {move || store.t(if loading.get() { Msg::SampleLoading } else { Msg::ExploreSample })}
        </button>
        {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
    }
}

/// While the plan holds the sample: says so, and takes it out in one click.
#[component]
pub fn SampleBanner() -> impl IntoView {
    let store = use_store();
    let toast = use_toast();
    let present = Memo::new(move |_| !store.with(SampleContents::of).is_empty());
    let remove = move |_| {
        let kept = store.with_untracked(sample_plan::without_sample);
        store.replace(kept);
        toast.done(tr(store.language().get_untracked(), Msg::SampleRemoved));
    };
    move || {
        present.get().then(|| {
            let language = store.language().get();
            view! {
                <p class="sample-banner" data-testid="sample-banner">
                    <span class="sample-note" id="sample-note">{tr(language, Msg::SampleBanner)}</span>
                    " "
                    <button type="button" class="secondary" aria-describedby="sample-note" on:click=remove>
                        {tr(language, Msg::RemoveSample)}
                    </button>
                </p>
            }
        })
    }
}
