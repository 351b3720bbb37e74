//! Just enough HTML reading for the staff pages the benchmark goes through: the forms of a
//! page with the fields a browser would send, and the agents' links. The pages are our own
//! server-rendered markup, so a scan of tags and attributes is enough; no parser crate.

/// A `<form>`: where it posts, and the fields a browser would send as it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub action: String,
    pub fields: Vec<(String, String)>,
}

impl Form {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Replaces the value of `name`, or adds the field.
    pub fn set(&mut self, name: &str, value: &str) {
        match self.fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = value.to_owned(),
            None => self.fields.push((name.to_owned(), value.to_owned())),
        }
    }
}

/// Every form of the page, in order: named `<input>`s (checkboxes and radios only when
/// checked, buttons never) and `<textarea>`s. Selects are not read: no form used here
/// needs one.
pub fn forms(html: &str) -> Vec<Form> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<form") {
        let body = &rest[start..];
        let end = body.find("</form>").unwrap_or(body.len());
        let inner = &body[..end];
        let (open, _) = tag(inner);
        let action = attr(open, "action").unwrap_or_default();
        out.push(Form {
            action,
            fields: fields(inner),
        });
        rest = &body[end..];
    }
    out
}

fn fields(form: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let mut rest = form;
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        let (open, after) = tag(rest);
        let name = attr(open, "name");
        if is_tag(open, "input")
            && let Some(name) = name
        {
            let kind = attr(open, "type").unwrap_or_else(|| "text".into());
            let sent = match kind.as_str() {
                "checkbox" | "radio" => has_attr(open, "checked"),
                "submit" | "button" | "reset" | "image" => false,
                _ => true,
            };
            if sent {
                fields.push((name, attr(open, "value").unwrap_or_default()));
            }
        } else if is_tag(open, "textarea")
            && let Some(name) = name
        {
            let text = after.find("</textarea>").map_or("", |e| &after[..e]);
            fields.push((name, decode(text)));
        }
        rest = after;
    }
    fields
}

/// The links to the agents' PIN forms on `/agent`: `(id, text of the link)`.
pub fn agent_links(html: &str) -> Vec<(i32, String)> {
    const HREF: &str = "href=\"/agent?agent=";
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(HREF) {
        rest = &rest[at + HREF.len()..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        // The rest of the opening tag, after the href's closing quote.
        let (_, inside) = tag(rest.get(digits.len() + 1..).unwrap_or(""));
        let text = inside.find("</a>").map_or("", |e| &inside[..e]);
        if let Ok(id) = digits.parse() {
            out.push((id, text_of(text)));
        }
    }
    out
}

/// The text of a piece of markup: tags removed, entities decoded, spaces collapsed.
pub fn text_of(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        text.push_str(&rest[..at]);
        text.push(' ');
        rest = tag(&rest[at..]).1;
    }
    text.push_str(rest);
    decode(&text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The values of `attribute` in every tag of the page, in order (e.g. every `href`).
pub fn attr_values(html: &str, attribute: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let (open, after) = tag(&rest[at..]);
        if let Some(v) = attr(open, attribute) {
            out.push(v);
        }
        rest = after;
    }
    out
}

/// Splits `s` (starting with `<`) into its first tag and what follows. Quotes are
/// respected, so a `>` inside an attribute value does not end the tag.
fn tag(s: &str) -> (&str, &str) {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => return (&s[..=i], &s[i + 1..]),
            _ => {}
        }
    }
    (s, "")
}

fn is_tag(open: &str, name: &str) -> bool {
    open.strip_prefix('<')
        .and_then(|t| t.get(..name.len()))
        .is_some_and(|t| t.eq_ignore_ascii_case(name))
        && open[1 + name.len()..].starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/')
}

/// The attributes of an opening tag, in order: `(name, value)`, value `None` when bare.
fn attributes(open: &str) -> Vec<(String, Option<String>)> {
    let inner = open.trim_start_matches('<').trim_end_matches('>');
    let mut chars = inner.char_indices().peekable();
    // Skip the tag's name.
    while chars.next_if(|(_, c)| !c.is_whitespace()).is_some() {}
    let mut out = Vec::new();
    loop {
        while chars
            .next_if(|(_, c)| c.is_whitespace() || *c == '/')
            .is_some()
        {}
        let Some(&(start, _)) = chars.peek() else {
            break;
        };
        let mut end = start;
        while let Some((i, c)) =
            chars.next_if(|(_, c)| !c.is_whitespace() && *c != '=' && *c != '/')
        {
            end = i + c.len_utf8();
        }
        let name = inner[start..end].to_ascii_lowercase();
        if chars.next_if(|(_, c)| *c == '=').is_none() {
            out.push((name, None));
            continue;
        }
        let value = match chars.peek().map(|&(_, c)| c) {
            Some(q @ ('"' | '\'')) => {
                chars.next();
                let mut v = String::new();
                for (_, c) in chars.by_ref() {
                    if c == q {
                        break;
                    }
                    v.push(c);
                }
                v
            }
            _ => {
                let mut v = String::new();
                while let Some((_, c)) = chars.next_if(|(_, c)| !c.is_whitespace()) {
                    v.push(c);
                }
                v
            }
        };
        out.push((name, Some(decode(&value))));
    }
    out
}

fn attr(open: &str, name: &str) -> Option<String> {
    attributes(open)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.unwrap_or_default())
}

fn has_attr(open: &str, name: &str) -> bool {
    attributes(open).iter().any(|(n, _)| n == name)
}

/// Character references as servers write them: the five named ones and numeric ones.
pub fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest.find(';').filter(|&e| e <= 10).and_then(|e| {
            let c = match &rest[1..e] {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                n => n
                    .strip_prefix("#x")
                    .or_else(|| n.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| n.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_sends_what_a_browser_would() {
        let page = r#"<p>x</p><form method="post" action="/api/agent/admin/lieu">
            <input type="hidden" name="slug" value="hotel-de-ville"/>
            <input id="n" name="name" type="text" required value="H&#x27;tel &amp; &quot;mairie&quot;"/>
            <input id="a" name="alsace_moselle" type="checkbox" value="1"/>
            <input id="b" name="kept" type="checkbox" value="1" checked/>
            <input type="radio" name="outcome" value="handled" checked><input type="radio" name="outcome" value="follow_up">
            <textarea id="t" name="note" rows="2">a &lt; b</textarea>
            <input id="h0" type="text" name="h0" value="08:30-12:00, 13:30-17:00" inputmode="text"/>
            <button type="submit" name="go">Save</button>
        </form><form action='/autre'><input name=x value=1></form>"#;
        let forms = forms(page);
        assert_eq!(forms.len(), 2);
        assert_eq!(forms[0].action, "/api/agent/admin/lieu");
        assert_eq!(
            forms[0].fields,
            [
                ("slug", "hotel-de-ville"),
                ("name", "H'tel & \"mairie\""),
                ("kept", "1"),
                ("outcome", "handled"),
                ("note", "a < b"),
                ("h0", "08:30-12:00, 13:30-17:00"),
            ]
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
        );
        assert_eq!(forms[1].action, "/autre");
        assert_eq!(forms[1].get("x"), Some("1"));
    }

    #[test]
    fn set_replaces_or_adds() {
        let mut f = Form {
            action: String::new(),
            fields: vec![("h0".into(), "8-12".into())],
        };
        f.set("h0", "00:00-23:59");
        f.set("h1", "00:00-23:59");
        assert_eq!(f.get("h0"), Some("00:00-23:59"));
        assert_eq!(f.get("h1"), Some("00:00-23:59"));
    }

    #[test]
    fn agents_are_read_from_their_tiles() {
        let page = r#"<li><a class="agent-tile" href="/agent?agent=3"><span class="agent-name">Camille Martin</span><span class="agent-role">Conseillère</span></a></li>
            <li><a class="agent-tile" href="/agent?agent=12"><span class="agent-name">Julien Moreau</span></a></li>"#;
        assert_eq!(
            agent_links(page),
            [
                (3, "Camille Martin Conseillère".to_owned()),
                (12, "Julien Moreau".to_owned())
            ]
        );
    }

    #[test]
    fn text_and_attribute_values() {
        assert_eq!(
            text_of("<h2>Fermé</h2>\n <p>Jour&#32;férié</p>"),
            "Fermé Jour férié"
        );
        assert_eq!(
            attr_values(r#"<a href="/b?x=1&amp;y=2">a</a><a class="c">"#, "href"),
            ["/b?x=1&y=2"]
        );
        assert_eq!(decode("&unknown; & &#233;"), "&unknown; & é");
    }
}
