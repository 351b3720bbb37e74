//! A page the server renders alone that follows a live stream (a resident's ticket): a few
//! lines of script, no wasm. On each new event (its id is the board's stamp) it fetches the
//! page again and puts the new content of each `[data-live-part]` element in place of the
//! old one, only where it changed: the page stays on screen, keyboard focus stays where it
//! was unless that part changed, and an `aria-live` part announces its new text. The stream
//! is opened once the page has loaded (an open stream must not keep it "loading"); the
//! browser reconnects after a network cut by itself; a stream refused for good (the site is
//! gone) falls back to a reload every 30 s, as without JavaScript.

use leptos::prelude::*;

const SCRIPT: &str = "(function(s){var last=null,busy=false,again=false;\
function swap(h){var d=new DOMParser().parseFromString(h,'text/html');\
document.querySelectorAll('[data-live-part]').forEach(function(o){var n=d.getElementById(o.id);\
if(n&&n.innerHTML!==o.innerHTML)o.innerHTML=n.innerHTML;});}\
function refresh(){if(busy){again=true;return;}busy=true;\
fetch(location.href,{credentials:'same-origin',cache:'no-store'}).then(function(r){\
if(r.status===404){location.reload();return null;}return r.ok?r.text():null;})\
.then(function(h){if(h)swap(h);}).catch(function(){}).then(function(){busy=false;\
if(again){again=false;refresh();}});}\
function open(){var e=new EventSource(s);e.onmessage=function(m){\
if(m.lastEventId!==last){last=m.lastEventId;refresh();}};\
e.onerror=function(){if(e.readyState===2)setTimeout(function(){location.reload();},30000);};}\
if(document.readyState==='complete')open();else addEventListener('load',open);})";

/// The script that keeps this page's `[data-live-part]` elements (each with an `id`) up to
/// date with the stream at `stream`.
#[component]
pub fn LiveParts(stream: String) -> impl IntoView {
    view! { <script nonce=leptos::nonce::use_nonce() inner_html=script(&stream)></script> }
}

fn script(stream: &str) -> String {
    // A JSON string is a JavaScript string; `<` escaped so that no value can close the
    // script element.
    let path = serde_json::to_string(stream)
        .unwrap_or_else(|_| "\"\"".into())
        .replace('<', "\\u003c");
    format!("{SCRIPT}({path});")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stream_path_is_a_javascript_string_that_cannot_close_the_script() {
        let s = script("/direct/file/hotel-de-ville");
        assert!(s.ends_with("})(\"/direct/file/hotel-de-ville\");"), "{s}");
        let hostile = script("</script><script>alert(1)//\"");
        assert!(!hostile.contains("</script>"), "{hostile}");
        assert!(hostile.contains("\\u003c/script>"), "{hostile}");
        assert!(hostile.ends_with("\\\"\");"), "{hostile}");
    }
}
