//! A server-sent events reader over raw bytes: lines end with LF, CR LF or CR; an event
//! ends with a blank line; `data:` lines join with `\n`; comments (`:` keep-alives) and
//! other fields but `id` are ignored.

#[derive(Debug, Default, PartialEq)]
pub struct Event {
    pub id: Option<String>,
    pub data: String,
}

#[derive(Default)]
pub struct Parser {
    line: Vec<u8>,
    /// The previous chunk ended with CR: a LF at the start of the next one belongs to it.
    after_cr: bool,
    id: Option<String>,
    data: Option<String>,
}

impl Parser {
    /// Feeds a chunk of the stream; returns the events it completed, in order.
    pub fn push(&mut self, chunk: &[u8]) -> Vec<Event> {
        let mut events = Vec::new();
        for &b in chunk {
            let after_cr = std::mem::replace(&mut self.after_cr, false);
            match b {
                b'\n' if after_cr => {}
                b'\n' | b'\r' => {
                    self.after_cr = b == b'\r';
                    if let Some(e) = self.line_done() {
                        events.push(e);
                    }
                }
                _ => self.line.push(b),
            }
        }
        events
    }

    fn line_done(&mut self) -> Option<Event> {
        let line = std::mem::take(&mut self.line);
        if line.is_empty() {
            let data = self.data.take()?;
            return Some(Event {
                id: self.id.clone(),
                data,
            });
        }
        let line = String::from_utf8_lossy(&line);
        let (field, value) = match line.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (line.as_ref(), ""),
        };
        match field {
            "data" => match &mut self.data {
                Some(d) => {
                    d.push('\n');
                    d.push_str(value);
                }
                None => self.data = Some(value.to_owned()),
            },
            // The last event id stays until another one is sent.
            "id" => self.id = Some(value.to_owned()),
            _ => {}
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_across_chunks_and_line_ends() {
        let mut p = Parser::default();
        let mut got = p.push(b"retry: 2000\r\nid: s1\r\ndata: {\"a\":");
        assert!(got.is_empty());
        got.extend(p.push(b"1}\r"));
        got.extend(p.push(b"\n\r\n: keep-alive\n\ndata: x\ndata:y\n"));
        got.extend(p.push(b"\n"));
        assert_eq!(
            got,
            [
                Event {
                    id: Some("s1".into()),
                    data: "{\"a\":1}".into()
                },
                Event {
                    id: Some("s1".into()),
                    data: "x\ny".into()
                },
            ]
        );
    }

    #[test]
    fn a_blank_line_without_data_is_no_event() {
        let mut p = Parser::default();
        assert!(p.push(b"\n\nid: 3\n\n").is_empty());
    }
}
