//! Caps on live streams (server-sent events), which stay open for hours: at most so many
//! in all, and so many per client, so that nobody can hold the server's connections. A
//! permit is held by the stream's body and given back when the connection ends.

use super::ClientAddress;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Clone)]
pub struct StreamCaps {
    total: usize,
    per_client: usize,
    open: Arc<Mutex<Open>>,
}

#[derive(Default)]
struct Open {
    total: usize,
    by_client: HashMap<Option<ClientAddress>, usize>,
}

/// Why a stream was not opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamRefused {
    /// This client holds its share already (429).
    ClientFull,
    /// The server holds as many as it takes (503).
    ServerFull,
}

/// One open stream; dropping it gives its place back.
pub struct StreamPermit {
    client: Option<ClientAddress>,
    open: Arc<Mutex<Open>>,
}

impl StreamCaps {
    /// Far above a town's screens, desks and residents following a ticket (a town hall's
    /// Wi-Fi puts many phones behind one address), far below the file descriptors of a
    /// server.
    pub fn standard() -> StreamCaps {
        StreamCaps::new(4000, 200)
    }

    pub fn new(total: usize, per_client: usize) -> StreamCaps {
        StreamCaps {
            total,
            per_client,
            open: Arc::default(),
        }
    }

    /// A place for a stream of `client` (`None`: this machine, which counts only in the
    /// total).
    pub fn open(&self, client: Option<ClientAddress>) -> Result<StreamPermit, StreamRefused> {
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        if open.total >= self.total {
            return Err(StreamRefused::ServerFull);
        }
        let mine = open.by_client.get(&client).copied().unwrap_or(0);
        if client.is_some() && mine >= self.per_client {
            return Err(StreamRefused::ClientFull);
        }
        open.total += 1;
        open.by_client.insert(client, mine + 1);
        Ok(StreamPermit {
            client,
            open: self.open.clone(),
        })
    }

    /// Streams open now.
    pub fn open_now(&self) -> usize {
        self.open.lock().map(|o| o.total).unwrap_or(0)
    }
}

impl Drop for StreamPermit {
    fn drop(&mut self) {
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        open.total = open.total.saturating_sub(1);
        if let Some(n) = open.by_client.get_mut(&self.client) {
            *n -= 1;
            if *n == 0 {
                open.by_client.remove(&self.client);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(last: u8) -> Option<ClientAddress> {
        Some(ClientAddress::new(std::net::IpAddr::from([
            192, 0, 2, last,
        ])))
    }

    #[test]
    fn a_client_gets_its_share_the_server_its_total_and_places_come_back() {
        let caps = StreamCaps::new(3, 2);
        let a1 = caps.open(client(1)).unwrap();
        let _a2 = caps.open(client(1)).unwrap();
        assert_eq!(caps.open(client(1)).err(), Some(StreamRefused::ClientFull));
        let _b1 = caps.open(client(2)).unwrap();
        assert_eq!(caps.open(client(3)).err(), Some(StreamRefused::ServerFull));
        assert_eq!(caps.open(None).err(), Some(StreamRefused::ServerFull));
        drop(a1);
        assert_eq!(caps.open_now(), 2);
        assert!(caps.open(client(3)).is_ok());
        assert_eq!(caps.open_now(), 2, "the permit was dropped at once");
    }

    #[test]
    fn this_machine_counts_in_the_total_only() {
        let caps = StreamCaps::new(10, 1);
        let _one = caps.open(None).unwrap();
        let _two = caps.open(None).unwrap();
        assert_eq!(caps.open_now(), 2);
    }
}
