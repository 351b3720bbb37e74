//! The whole domain of the product brief in one first migration, written with sea-query
//! builders so that it runs unchanged on SQLite and PostgreSQL.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Site::Table)
                    .col(pk_auto(Site::Id))
                    .col(string_len(Site::Slug, 64).unique_key())
                    .col(string_len(Site::Name, 200))
                    .col(text(Site::Address))
                    .col(string_len(Site::PostalCode, 10))
                    .col(string_len(Site::City, 200))
                    .col(string_len_null(Site::Phone, 32))
                    .col(string_len_null(Site::Email, 200))
                    .col(text_null(Site::AccessInfo))
                    .col(boolean(Site::AlsaceMoselle).default(false))
                    .col(boolean(Site::TicketsFromHome).default(false))
                    .col(timestamp_with_time_zone(Site::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OpeningHour::Table)
                    .col(pk_auto(OpeningHour::Id))
                    .col(integer(OpeningHour::SiteId))
                    .col(small_integer(OpeningHour::Weekday))
                    .col(time(OpeningHour::Opens))
                    .col(time(OpeningHour::Closes))
                    .foreign_key(
                        ForeignKey::create()
                            .from(OpeningHour::Table, OpeningHour::SiteId)
                            .to(Site::Table, Site::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_opening_hour_site_id_weekday")
                    .table(OpeningHour::Table)
                    .col(OpeningHour::SiteId)
                    .col(OpeningHour::Weekday)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Closure::Table)
                    .col(pk_auto(Closure::Id))
                    .col(integer_null(Closure::SiteId))
                    .col(date(Closure::StartsOn))
                    .col(date(Closure::EndsOn))
                    .col(string_len(Closure::Reason, 200))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Closure::Table, Closure::SiteId)
                            .to(Site::Table, Site::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Desk::Table)
                    .col(pk_auto(Desk::Id))
                    .col(integer(Desk::SiteId))
                    .col(string_len(Desk::Label, 50))
                    .col(boolean(Desk::Active).default(true))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Desk::Table, Desk::SiteId)
                            .to(Site::Table, Site::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_desk_site_id_label")
                    .table(Desk::Table)
                    .col(Desk::SiteId)
                    .col(Desk::Label)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Device::Table)
                    .col(pk_auto(Device::Id))
                    .col(integer_null(Device::SiteId))
                    .col(string_len(Device::Name, 200))
                    .col(string_len(Device::Kind, 32))
                    .col(string_len_null(Device::TokenHash, 64).unique_key())
                    .col(string_len_null(Device::EnrolmentCodeHash, 64).unique_key())
                    .col(timestamp_with_time_zone_null(Device::EnrolmentExpiresAt))
                    .col(timestamp_with_time_zone_null(Device::EnrolledAt))
                    .col(timestamp_with_time_zone_null(Device::RevokedAt))
                    .col(timestamp_with_time_zone_null(Device::LastSeenAt))
                    .col(timestamp_with_time_zone(Device::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Device::Table, Device::SiteId)
                            .to(Site::Table, Site::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Service::Table)
                    .col(pk_auto(Service::Id))
                    .col(string_len(Service::Slug, 64).unique_key())
                    .col(string_len(Service::Name, 200))
                    .col(string_len(Service::TicketLetter, 1).unique_key())
                    .col(boolean(Service::HandledByExperts).default(false))
                    .col(integer(Service::Position))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Motif::Table)
                    .col(pk_auto(Motif::Id))
                    .col(integer(Motif::ServiceId))
                    .col(string_len(Motif::Slug, 64).unique_key())
                    .col(string_len(Motif::Name, 200))
                    .col(integer(Motif::DurationMinutes))
                    .col(integer(Motif::BufferMinutes).default(0))
                    .col(text(Motif::Documents))
                    .col(boolean(Motif::BookableOnline).default(true))
                    .col(integer(Motif::MinDelayHours).default(2))
                    .col(integer(Motif::MaxDelayDays).default(60))
                    .col(boolean(Motif::Active).default(true))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Motif::Table, Motif::ServiceId)
                            .to(Service::Table, Service::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Agent::Table)
                    .col(pk_auto(Agent::Id))
                    .col(string_len(Agent::DisplayName, 200))
                    .col(string_len(Agent::Role, 32))
                    .col(text(Agent::PinHash))
                    .col(integer(Agent::FailedAttempts).default(0))
                    .col(timestamp_with_time_zone_null(Agent::LockedUntil))
                    .col(boolean(Agent::Active).default(true))
                    .col(timestamp_with_time_zone(Agent::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AgentSkill::Table)
                    .col(integer(AgentSkill::AgentId))
                    .col(integer(AgentSkill::MotifId))
                    .primary_key(
                        Index::create()
                            .col(AgentSkill::AgentId)
                            .col(AgentSkill::MotifId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AgentSkill::Table, AgentSkill::AgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AgentSkill::Table, AgentSkill::MotifId)
                            .to(Motif::Table, Motif::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AgentLanguage::Table)
                    .col(integer(AgentLanguage::AgentId))
                    .col(string_len(AgentLanguage::Lang, 8))
                    .primary_key(
                        Index::create()
                            .col(AgentLanguage::AgentId)
                            .col(AgentLanguage::Lang),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AgentLanguage::Table, AgentLanguage::AgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AgentSchedule::Table)
                    .col(pk_auto(AgentSchedule::Id))
                    .col(integer(AgentSchedule::AgentId))
                    .col(integer(AgentSchedule::SiteId))
                    .col(small_integer(AgentSchedule::Weekday))
                    .col(time(AgentSchedule::Starts))
                    .col(time(AgentSchedule::Ends))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AgentSchedule::Table, AgentSchedule::AgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AgentSchedule::Table, AgentSchedule::SiteId)
                            .to(Site::Table, Site::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_agent_schedule_agent_id_weekday")
                    .table(AgentSchedule::Table)
                    .col(AgentSchedule::AgentId)
                    .col(AgentSchedule::Weekday)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AgentAbsence::Table)
                    .col(pk_auto(AgentAbsence::Id))
                    .col(integer(AgentAbsence::AgentId))
                    .col(timestamp_with_time_zone(AgentAbsence::StartsAt))
                    .col(timestamp_with_time_zone(AgentAbsence::EndsAt))
                    .col(string_len_null(AgentAbsence::Reason, 200))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AgentAbsence::Table, AgentAbsence::AgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_agent_absence_agent_id_starts_at")
                    .table(AgentAbsence::Table)
                    .col(AgentAbsence::AgentId)
                    .col(AgentAbsence::StartsAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Appointment::Table)
                    .col(pk_auto(Appointment::Id))
                    .col(string_len(Appointment::Reference, 16).unique_key())
                    .col(string_len(Appointment::TokenHash, 64).unique_key())
                    .col(integer(Appointment::MotifId))
                    .col(integer(Appointment::SiteId))
                    .col(integer_null(Appointment::AgentId))
                    .col(timestamp_with_time_zone(Appointment::StartsAt))
                    .col(timestamp_with_time_zone(Appointment::EndsAt))
                    .col(string_len(Appointment::ContactName, 200))
                    .col(string_len_null(Appointment::Phone, 32))
                    .col(string_len_null(Appointment::Email, 200))
                    .col(string_len(Appointment::Language, 8))
                    .col(string_len_null(Appointment::InterpreterLanguage, 8))
                    .col(text_null(Appointment::AccessibilityNeed))
                    .col(text_null(Appointment::Note))
                    .col(string_len(Appointment::Status, 32))
                    .col(text_null(Appointment::CancelReason))
                    .col(timestamp_with_time_zone_null(Appointment::CheckedInAt))
                    .col(timestamp_with_time_zone(Appointment::CreatedAt))
                    .col(timestamp_with_time_zone(Appointment::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Appointment::Table, Appointment::MotifId)
                            .to(Motif::Table, Motif::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Appointment::Table, Appointment::SiteId)
                            .to(Site::Table, Site::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Appointment::Table, Appointment::AgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_appointment_site_id_starts_at")
                    .table(Appointment::Table)
                    .col(Appointment::SiteId)
                    .col(Appointment::StartsAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_appointment_agent_id_starts_at")
                    .table(Appointment::Table)
                    .col(Appointment::AgentId)
                    .col(Appointment::StartsAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WaitlistEntry::Table)
                    .col(pk_auto(WaitlistEntry::Id))
                    .col(integer(WaitlistEntry::MotifId))
                    .col(integer(WaitlistEntry::SiteId))
                    .col(date(WaitlistEntry::FromDate))
                    .col(date(WaitlistEntry::ToDate))
                    .col(string_len(WaitlistEntry::ContactName, 200))
                    .col(string_len_null(WaitlistEntry::Phone, 32))
                    .col(string_len_null(WaitlistEntry::Email, 200))
                    .col(string_len(WaitlistEntry::Language, 8))
                    .col(string_len(WaitlistEntry::Status, 32))
                    .col(timestamp_with_time_zone_null(WaitlistEntry::OfferStartsAt))
                    .col(integer_null(WaitlistEntry::OfferAgentId))
                    .col(timestamp_with_time_zone_null(WaitlistEntry::HoldUntil))
                    .col(string_len_null(WaitlistEntry::OfferTokenHash, 64).unique_key())
                    .col(timestamp_with_time_zone(WaitlistEntry::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(WaitlistEntry::Table, WaitlistEntry::MotifId)
                            .to(Motif::Table, Motif::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(WaitlistEntry::Table, WaitlistEntry::SiteId)
                            .to(Site::Table, Site::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(WaitlistEntry::Table, WaitlistEntry::OfferAgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_waitlist_entry_site_id_motif_id_status")
                    .table(WaitlistEntry::Table)
                    .col(WaitlistEntry::SiteId)
                    .col(WaitlistEntry::MotifId)
                    .col(WaitlistEntry::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Ticket::Table)
                    .col(pk_auto(Ticket::Id))
                    .col(integer(Ticket::SiteId))
                    .col(integer(Ticket::ServiceId))
                    .col(integer_null(Ticket::MotifId))
                    .col(date(Ticket::Day))
                    .col(integer(Ticket::Number))
                    .col(string_len(Ticket::Code, 8))
                    .col(string_len(Ticket::PublicToken, 32).unique_key())
                    .col(string_len(Ticket::Language, 8))
                    .col(string_len(Ticket::Priority, 32))
                    .col(string_len(Ticket::Status, 32))
                    .col(string_len_null(Ticket::Phone, 32))
                    .col(timestamp_with_time_zone(Ticket::IssuedAt))
                    .col(timestamp_with_time_zone(Ticket::ArrivalAt))
                    .col(timestamp_with_time_zone_null(Ticket::CalledAt))
                    .col(timestamp_with_time_zone_null(Ticket::StartedAt))
                    .col(timestamp_with_time_zone_null(Ticket::EndedAt))
                    .col(integer(Ticket::CallCount).default(0))
                    .col(integer_null(Ticket::DeskId))
                    .col(integer_null(Ticket::AgentId))
                    .col(integer_null(Ticket::TargetAgentId))
                    .col(text_null(Ticket::TransferNote))
                    .col(integer_null(Ticket::AppointmentId))
                    .col(string_len_null(Ticket::Outcome, 32))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ticket::Table, Ticket::SiteId)
                            .to(Site::Table, Site::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ticket::Table, Ticket::ServiceId)
                            .to(Service::Table, Service::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ticket::Table, Ticket::MotifId)
                            .to(Motif::Table, Motif::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ticket::Table, Ticket::DeskId)
                            .to(Desk::Table, Desk::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ticket::Table, Ticket::AgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ticket::Table, Ticket::TargetAgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ticket::Table, Ticket::AppointmentId)
                            .to(Appointment::Table, Appointment::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_ticket_site_id_day_service_id_number")
                    .table(Ticket::Table)
                    .col(Ticket::SiteId)
                    .col(Ticket::Day)
                    .col(Ticket::ServiceId)
                    .col(Ticket::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_ticket_site_id_status")
                    .table(Ticket::Table)
                    .col(Ticket::SiteId)
                    .col(Ticket::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Contact::Table)
                    .col(pk_auto(Contact::Id))
                    .col(string_len(Contact::Channel, 32))
                    .col(integer_null(Contact::SiteId))
                    .col(integer_null(Contact::ServiceId))
                    .col(integer_null(Contact::MotifId))
                    .col(integer_null(Contact::AgentId))
                    .col(integer_null(Contact::TicketId))
                    .col(integer_null(Contact::AppointmentId))
                    .col(timestamp_with_time_zone(Contact::StartedAt))
                    .col(timestamp_with_time_zone_null(Contact::EndedAt))
                    .col(integer_null(Contact::WaitedSeconds))
                    .col(string_len(Contact::Outcome, 32))
                    .col(integer_null(Contact::TransferredToServiceId))
                    .col(text_null(Contact::Note))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Contact::Table, Contact::SiteId)
                            .to(Site::Table, Site::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Contact::Table, Contact::ServiceId)
                            .to(Service::Table, Service::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Contact::Table, Contact::MotifId)
                            .to(Motif::Table, Motif::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Contact::Table, Contact::AgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Contact::Table, Contact::TicketId)
                            .to(Ticket::Table, Ticket::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Contact::Table, Contact::AppointmentId)
                            .to(Appointment::Table, Appointment::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Contact::Table, Contact::TransferredToServiceId)
                            .to(Service::Table, Service::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_contact_started_at")
                    .table(Contact::Table)
                    .col(Contact::StartedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Request::Table)
                    .col(pk_auto(Request::Id))
                    .col(string_len(Request::Reference, 16).unique_key())
                    .col(string_len(Request::Channel, 32))
                    .col(string_len(Request::Kind, 32))
                    .col(string_len(Request::Subject, 200))
                    .col(string_len(Request::Status, 32))
                    .col(integer_null(Request::ServiceId))
                    .col(integer_null(Request::OwnerAgentId))
                    .col(date(Request::DueOn))
                    .col(string_len(Request::ContactName, 200))
                    .col(string_len_null(Request::Phone, 32))
                    .col(string_len_null(Request::Email, 200))
                    .col(string_len(Request::Language, 8))
                    .col(timestamp_with_time_zone(Request::CreatedAt))
                    .col(timestamp_with_time_zone_null(Request::AnsweredAt))
                    .col(timestamp_with_time_zone_null(Request::ClosedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Request::Table, Request::ServiceId)
                            .to(Service::Table, Service::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Request::Table, Request::OwnerAgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_request_status_due_on")
                    .table(Request::Table)
                    .col(Request::Status)
                    .col(Request::DueOn)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RequestEvent::Table)
                    .col(pk_auto(RequestEvent::Id))
                    .col(integer(RequestEvent::RequestId))
                    .col(timestamp_with_time_zone(RequestEvent::At))
                    .col(integer_null(RequestEvent::AgentId))
                    .col(string_len(RequestEvent::Kind, 32))
                    .col(text(RequestEvent::Body))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RequestEvent::Table, RequestEvent::RequestId)
                            .to(Request::Table, Request::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RequestEvent::Table, RequestEvent::AgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_request_event_request_id_at")
                    .table(RequestEvent::Table)
                    .col(RequestEvent::RequestId)
                    .col(RequestEvent::At)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyResponse::Table)
                    .col(pk_auto(SurveyResponse::Id))
                    .col(string_len(SurveyResponse::TokenHash, 64).unique_key())
                    .col(integer_null(SurveyResponse::SiteId))
                    .col(string_len(SurveyResponse::Channel, 32))
                    .col(integer_null(SurveyResponse::ContactId))
                    .col(string_len(SurveyResponse::Language, 8))
                    .col(small_integer_null(SurveyResponse::Score))
                    .col(text_null(SurveyResponse::Comment))
                    .col(timestamp_with_time_zone(SurveyResponse::CreatedAt))
                    .col(timestamp_with_time_zone_null(SurveyResponse::AnsweredAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SurveyResponse::Table, SurveyResponse::SiteId)
                            .to(Site::Table, Site::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SurveyResponse::Table, SurveyResponse::ContactId)
                            .to(Contact::Table, Contact::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Notification::Table)
                    .col(pk_auto(Notification::Id))
                    .col(string_len(Notification::Channel, 16))
                    .col(string_len(Notification::Recipient, 200))
                    .col(string_len(Notification::Language, 8))
                    .col(string_len(Notification::Template, 64))
                    .col(string_len_null(Notification::Subject, 200))
                    .col(text(Notification::Body))
                    .col(string_len(Notification::Status, 16))
                    .col(integer(Notification::Attempts).default(0))
                    .col(timestamp_with_time_zone(Notification::NextAttemptAt))
                    .col(text_null(Notification::LastError))
                    .col(string_len(Notification::IdempotencyKey, 128).unique_key())
                    .col(timestamp_with_time_zone(Notification::CreatedAt))
                    .col(timestamp_with_time_zone_null(Notification::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_notification_status_next_attempt_at")
                    .table(Notification::Table)
                    .col(Notification::Status)
                    .col(Notification::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditEvent::Table)
                    .col(pk_auto(AuditEvent::Id))
                    .col(timestamp_with_time_zone(AuditEvent::At))
                    .col(integer_null(AuditEvent::AgentId))
                    .col(integer_null(AuditEvent::DeviceId))
                    .col(string_len(AuditEvent::Action, 64))
                    .col(string_len_null(AuditEvent::SubjectKind, 32))
                    .col(string_len_null(AuditEvent::SubjectId, 64))
                    .col(text_null(AuditEvent::Detail))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AuditEvent::Table, AuditEvent::AgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AuditEvent::Table, AuditEvent::DeviceId)
                            .to(Device::Table, Device::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_event_at")
                    .table(AuditEvent::Table)
                    .col(AuditEvent::At)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Session::Table)
                    .col(string_len(Session::Id, 64).primary_key())
                    .col(integer(Session::AgentId))
                    .col(integer(Session::DeviceId))
                    .col(timestamp_with_time_zone(Session::CreatedAt))
                    .col(timestamp_with_time_zone(Session::LastSeenAt))
                    .col(timestamp_with_time_zone(Session::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Session::Table, Session::AgentId)
                            .to(Agent::Table, Agent::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Session::Table, Session::DeviceId)
                            .to(Device::Table, Device::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Setting::Table)
                    .col(string_len(Setting::Key, 64).primary_key())
                    .col(text(Setting::Value))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Children before parents, so foreign keys never block a drop.
        for table in [
            Setting::Table.into_iden(),
            Session::Table.into_iden(),
            AuditEvent::Table.into_iden(),
            Notification::Table.into_iden(),
            SurveyResponse::Table.into_iden(),
            RequestEvent::Table.into_iden(),
            Request::Table.into_iden(),
            Contact::Table.into_iden(),
            Ticket::Table.into_iden(),
            WaitlistEntry::Table.into_iden(),
            Appointment::Table.into_iden(),
            AgentAbsence::Table.into_iden(),
            AgentSchedule::Table.into_iden(),
            AgentLanguage::Table.into_iden(),
            AgentSkill::Table.into_iden(),
            Agent::Table.into_iden(),
            Motif::Table.into_iden(),
            Service::Table.into_iden(),
            Device::Table.into_iden(),
            Desk::Table.into_iden(),
            Closure::Table.into_iden(),
            OpeningHour::Table.into_iden(),
            Site::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Site {
    Table,
    Id,
    Slug,
    Name,
    Address,
    PostalCode,
    City,
    Phone,
    Email,
    AccessInfo,
    AlsaceMoselle,
    TicketsFromHome,
    CreatedAt,
}

#[derive(DeriveIden)]
enum OpeningHour {
    Table,
    Id,
    SiteId,
    Weekday,
    Opens,
    Closes,
}

#[derive(DeriveIden)]
enum Closure {
    Table,
    Id,
    SiteId,
    StartsOn,
    EndsOn,
    Reason,
}

#[derive(DeriveIden)]
enum Desk {
    Table,
    Id,
    SiteId,
    Label,
    Active,
}

#[derive(DeriveIden)]
enum Device {
    Table,
    Id,
    SiteId,
    Name,
    Kind,
    TokenHash,
    EnrolmentCodeHash,
    EnrolmentExpiresAt,
    EnrolledAt,
    RevokedAt,
    LastSeenAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Service {
    Table,
    Id,
    Slug,
    Name,
    TicketLetter,
    HandledByExperts,
    Position,
}

#[derive(DeriveIden)]
enum Motif {
    Table,
    Id,
    ServiceId,
    Slug,
    Name,
    DurationMinutes,
    BufferMinutes,
    Documents,
    BookableOnline,
    MinDelayHours,
    MaxDelayDays,
    Active,
}

#[derive(DeriveIden)]
enum Agent {
    Table,
    Id,
    DisplayName,
    Role,
    PinHash,
    FailedAttempts,
    LockedUntil,
    Active,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AgentSkill {
    Table,
    AgentId,
    MotifId,
}

#[derive(DeriveIden)]
enum AgentLanguage {
    Table,
    AgentId,
    Lang,
}

#[derive(DeriveIden)]
enum AgentSchedule {
    Table,
    Id,
    AgentId,
    SiteId,
    Weekday,
    Starts,
    Ends,
}

#[derive(DeriveIden)]
enum AgentAbsence {
    Table,
    Id,
    AgentId,
    StartsAt,
    EndsAt,
    Reason,
}

#[derive(DeriveIden)]
enum Appointment {
    Table,
    Id,
    Reference,
    TokenHash,
    MotifId,
    SiteId,
    AgentId,
    StartsAt,
    EndsAt,
    ContactName,
    Phone,
    Email,
    Language,
    InterpreterLanguage,
    AccessibilityNeed,
    Note,
    Status,
    CancelReason,
    CheckedInAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum WaitlistEntry {
    Table,
    Id,
    MotifId,
    SiteId,
    FromDate,
    ToDate,
    ContactName,
    Phone,
    Email,
    Language,
    Status,
    OfferStartsAt,
    OfferAgentId,
    HoldUntil,
    OfferTokenHash,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Ticket {
    Table,
    Id,
    SiteId,
    ServiceId,
    MotifId,
    Day,
    Number,
    Code,
    PublicToken,
    Language,
    Priority,
    Status,
    Phone,
    IssuedAt,
    ArrivalAt,
    CalledAt,
    StartedAt,
    EndedAt,
    CallCount,
    DeskId,
    AgentId,
    TargetAgentId,
    TransferNote,
    AppointmentId,
    Outcome,
}

#[derive(DeriveIden)]
enum Contact {
    Table,
    Id,
    Channel,
    SiteId,
    ServiceId,
    MotifId,
    AgentId,
    TicketId,
    AppointmentId,
    StartedAt,
    EndedAt,
    WaitedSeconds,
    Outcome,
    TransferredToServiceId,
    Note,
}

#[derive(DeriveIden)]
enum Request {
    Table,
    Id,
    Reference,
    Channel,
    Kind,
    Subject,
    Status,
    ServiceId,
    OwnerAgentId,
    DueOn,
    ContactName,
    Phone,
    Email,
    Language,
    CreatedAt,
    AnsweredAt,
    ClosedAt,
}

#[derive(DeriveIden)]
enum RequestEvent {
    Table,
    Id,
    RequestId,
    At,
    AgentId,
    Kind,
    Body,
}

#[derive(DeriveIden)]
enum SurveyResponse {
    Table,
    Id,
    TokenHash,
    SiteId,
    Channel,
    ContactId,
    Language,
    Score,
    Comment,
    CreatedAt,
    AnsweredAt,
}

#[derive(DeriveIden)]
enum Notification {
    Table,
    Id,
    Channel,
    Recipient,
    Language,
    Template,
    Subject,
    Body,
    Status,
    Attempts,
    NextAttemptAt,
    LastError,
    IdempotencyKey,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum AuditEvent {
    Table,
    Id,
    At,
    AgentId,
    DeviceId,
    Action,
    SubjectKind,
    SubjectId,
    Detail,
}

#[derive(DeriveIden)]
enum Session {
    Table,
    Id,
    AgentId,
    DeviceId,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Setting {
    Table,
    Key,
    Value,
}
