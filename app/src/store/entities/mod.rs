//! One sea-orm entity per table; the schema itself is made by the server's migrations.
//! Enumerations (roles, statuses, channels) are stored as short lowercase strings and
//! typed in the domain modules.

pub mod agent;
pub mod agent_absence;
pub mod agent_language;
pub mod agent_schedule;
pub mod agent_skill;
pub mod appointment;
pub mod audit_event;
pub mod campaign;
pub mod campaign_call;
pub mod closure;
pub mod contact;
pub mod deadline_rule;
pub mod desk;
pub mod device;
pub mod inbound_mail;
pub mod interpreter_assignment;
pub mod interpreter_request;
pub mod local_phrase;
pub mod local_phrase_translation;
pub mod message_template;
pub mod motif;
pub mod notification;
pub mod opening_hour;
pub mod pairing;
pub mod procedure_sheet;
pub mod procedure_text;
pub mod reply_template;
pub mod request;
pub mod request_counter;
pub mod request_event;
pub mod request_file;
pub mod resident_link;
pub mod service;
pub mod session;
pub mod setting;
pub mod site;
pub mod survey_campaign;
pub mod survey_opt_out;
pub mod survey_response;
pub mod ticket;
pub mod waitlist_entry;
