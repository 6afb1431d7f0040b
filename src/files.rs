//! Files the user downloads.

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `name`. Returns why not, if the browser refuses.
pub fn download(name: &str, text: &str) -> Result<(), String> {
    let describe = |error: wasm_bindgen::JsValue| format!("{error:?}");
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| "no document".to_owned())?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // The download reads the URL after this task ends, so it is released a minute later.
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        web_sys::Url::revoke_object_url(&url).ok();
    });
    if let Some(window) = web_sys::window() {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 60_000)
            .ok();
    }
    Ok(())
}
