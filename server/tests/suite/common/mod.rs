//! Test databases: a temporary SQLite file, and a throwaway PostgreSQL database made on the
//! server at `TEST_DATABASE_URL` (default `postgres://postgres@127.0.0.1:5432/postgres`).
//! Every test that touches the database runs on both.

pub mod live;
pub mod processes;
pub mod town;
pub mod web;

use sea_orm::{ConnectionTrait, Database, DatabaseConnection};

pub enum Backend {
    /// The file lives in this directory, removed when the test drops it.
    Sqlite {
        _dir: tempfile::TempDir,
    },
    Postgres {
        admin_url: String,
        name: String,
    },
}

pub struct TestDb {
    pub url: String,
    pub db: DatabaseConnection,
    backend: Backend,
}

impl TestDb {
    pub fn label(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite { .. } => "sqlite",
            Backend::Postgres { .. } => "postgres",
        }
    }

    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
        let db = server::db::connect_and_migrate(&url)
            .await
            .expect("sqlite migrate");
        TestDb {
            url,
            db,
            backend: Backend::Sqlite { _dir: dir },
        }
    }

    pub async fn postgres() -> TestDb {
        let t = TestDb::empty_postgres().await;
        use sea_orm_migration::MigratorTrait;
        server::migrations::Migrator::up(&t.db, None)
            .await
            .expect("postgres migrate");
        t
    }

    /// A new PostgreSQL database with no table at all (a restore's target).
    pub async fn empty_postgres() -> TestDb {
        let admin_url = std::env::var("TEST_DATABASE_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
        let admin = Database::connect(&admin_url)
            .await
            .unwrap_or_else(|e| panic!("PostgreSQL at {admin_url} must answer for the tests: {e}"));
        let name = format!(
            "guichet_test_{}",
            app::staff::tokens::new_token()[..12].to_owned()
        );
        admin
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .unwrap();
        admin.close().await.ok();
        let base = admin_url
            .rsplit_once('/')
            .map(|(b, _)| b)
            .unwrap_or(&admin_url);
        let url = format!("{base}/{name}");
        let db = server::db::connect(&url).await.expect("postgres connect");
        TestDb {
            url,
            db,
            backend: Backend::Postgres { admin_url, name },
        }
    }

    /// Closes the pool and removes the PostgreSQL database (the SQLite one goes with its
    /// temporary directory).
    pub async fn drop_db(self) {
        self.db.close().await.ok();
        if let Backend::Postgres { admin_url, name } = self.backend
            && let Ok(admin) = Database::connect(&admin_url).await
        {
            let _ = admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await;
        }
    }
}

/// Both databases, SQLite first.
pub async fn both() -> Vec<TestDb> {
    vec![TestDb::sqlite().await, TestDb::postgres().await]
}

pub const PEPPER: &[u8] = b"test pepper, not the real one......";

/// Inserts an active agent with a PIN and returns its id.
pub async fn agent(db: &DatabaseConnection, name: &str, role: &str, pin: &str) -> i32 {
    use app::store::entities::agent;
    use sea_orm::{ActiveModelTrait, Set};
    agent::ActiveModel {
        display_name: Set(name.into()),
        role: Set(role.into()),
        pin_hash: Set(app::staff::pin::hash_pin(PEPPER, pin)),
        failed_attempts: Set(0),
        locked_until: Set(None),
        active: Set(true),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
    .id
}

/// An enrolled workstation: its model and its device token.
pub async fn workstation(
    db: &DatabaseConnection,
    name: &str,
) -> (app::store::entities::device::Model, String) {
    let now = chrono::Utc::now();
    let (_, code) = app::staff::store::create_enrolment(
        db,
        name,
        app::staff::store::WORKSTATION,
        None,
        None,
        now,
    )
    .await
    .unwrap();
    app::staff::store::enrol(db, &code, now)
        .await
        .unwrap()
        .expect("fresh code enrols")
}

/// An enrolled kiosk or screen of the site at `site`: its model and the Cookie header value
/// that carries its token, as its browser sends it.
pub async fn site_device(
    db: &DatabaseConnection,
    kind: app::staff::devices::DeviceKind,
    site: &str,
    name: &str,
) -> (app::store::entities::device::Model, String) {
    let now = chrono::Utc::now();
    let new = app::staff::model::NewDevice {
        name: name.into(),
        kind,
        site: Some(site.into()),
    };
    let (_, code) = app::staff::store::create_device(db, &new, None, now)
        .await
        .unwrap()
        .expect("the site exists");
    let (device, token) = app::staff::store::enrol_as(db, &code, kind, Some(site), now)
        .await
        .unwrap()
        .expect("fresh code enrols");
    let cookie = format!("{}={token}", app::staff::session::device_cookie(kind));
    (device, cookie)
}

/// Audit actions recorded so far, oldest first.
pub async fn audit_actions(db: &DatabaseConnection) -> Vec<String> {
    use app::store::entities::audit_event;
    use sea_orm::{EntityTrait, QueryOrder};
    audit_event::Entity::find()
        .order_by_asc(audit_event::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

/// The public address the tests' links use.
pub const PUBLIC_URL: &str = "http://mairie.test";

/// The public address the tests' links and messages carry.
pub fn public_url() -> app::state::PublicUrl {
    app::state::PublicUrl::new(PUBLIC_URL)
}

/// Booking rules as a town would set them: 2 h to change online, 30 min holds, reminders
/// two days before and on the morning.
pub fn policy() -> app::booking::policy::BookingPolicy {
    app::booking::policy::BookingPolicy {
        links: app::booking::links::Links::new(std::sync::Arc::from(PEPPER), PUBLIC_URL),
        cancel_deadline: chrono::Duration::hours(2),
        offer_hold: chrono::Duration::minutes(30),
        reminder_days_before: 2,
        morning_reminder: true,
    }
}

/// A motif of `service`, bookable online, 30 minutes.
pub async fn motif(db: &DatabaseConnection, service: i32, slug: &str) -> i32 {
    use sea_orm::{ActiveModelTrait, Set};
    app::store::entities::motif::ActiveModel {
        service_id: Set(service),
        slug: Set(slug.into()),
        name: Set(slug.into()),
        duration_minutes: Set(30),
        buffer_minutes: Set(0),
        documents: Set(String::new()),
        bookable_online: Set(true),
        min_delay_hours: Set(0),
        max_delay_days: Set(30),
        active: Set(true),
        version: Set(1),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap()
    .id
}

/// Makes the audit log refuse every row (a full disk, a broken permission), until
/// [`audit_log_up`]: a change audited in its own transaction must then not happen.
pub async fn audit_log_down(t: &TestDb) {
    use sea_orm::ConnectionTrait;
    let refuse = match t.label() {
        "sqlite" => vec![
            "CREATE TRIGGER audit_down BEFORE INSERT ON audit_event \
             BEGIN SELECT RAISE(ABORT, 'audit down'); END",
        ],
        _ => vec![
            "CREATE OR REPLACE FUNCTION audit_down() RETURNS trigger AS $$ BEGIN \
             RAISE EXCEPTION 'audit down'; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER audit_down BEFORE INSERT ON audit_event \
             FOR EACH ROW EXECUTE FUNCTION audit_down()",
        ],
    };
    for sql in refuse {
        t.db.execute_unprepared(sql).await.unwrap();
    }
}

/// The audit log works again.
pub async fn audit_log_up(t: &TestDb) {
    use sea_orm::ConnectionTrait;
    let repair = match t.label() {
        "sqlite" => "DROP TRIGGER audit_down",
        _ => "DROP TRIGGER audit_down ON audit_event",
    };
    t.db.execute_unprepared(repair).await.unwrap();
}
