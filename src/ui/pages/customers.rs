//! The customer list: search as you type, filter by tag, sort, select several to tag or
//! delete. Drawn with `VirtualList`, so its cost does not grow with the book.

use crate::book::exchange::ExportFormat;
use crate::domain::bulk::BulkField;
use crate::domain::customer::initials_of;
use crate::domain::CustomerId;
use crate::i18n::Msg;
use crate::search::{ListQuery, SortKey};
use crate::ui::app::tr;
use crate::ui::components::virtual_list::VirtualList;
use crate::ui::loading::load;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::collections::BTreeSet;
use std::sync::Arc;

/// A segment's members, for the list filter: compared by identity so an unchanged
/// answer redraws nothing.
#[derive(Clone)]
struct SegmentMembers(String, Arc<crate::segments::Members>);

impl PartialEq for SegmentMembers {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0 && Arc::ptr_eq(&self.1, &other.1)
    }
}

const ROW_HEIGHT: f64 = 64.0;

const SORTS: [(SortKey, &str, Msg); 4] = [
    (SortKey::NameAsc, "name", Msg::SortNameAsc),
    (SortKey::NameDesc, "name-desc", Msg::SortNameDesc),
    (SortKey::RecentlyUpdated, "updated", Msg::SortUpdated),
    (SortKey::Newest, "newest", Msg::SortNewest),
];

#[component]
pub fn CustomerList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = RwSignal::new(String::new());
    let tag = RwSignal::new(None::<String>);
    let sort = RwSignal::new(SortKey::NameAsc);
    let selected = RwSignal::new(BTreeSet::<CustomerId>::new());
    // A saved segment chosen as the filter, from the address so it can be linked to.
    let query_map = use_query_map();
    let segment = Memo::new(move |_| {
        query_map
            .with(|q| q.get("segment"))
            .filter(|s| !s.is_empty())
    });
    let navigate = use_navigate();
    let members = load(move || {
        state.directory_version.track();
        state.sales_version.track();
        let chosen = segment.get().and_then(|id| {
            state
                .settings
                .with(|s| s.segments.iter().find(|x| x.id == id).cloned())
        });
        async move {
            let chosen = chosen?;
            let facts = state
                .segment_facts(state.needs_of(&chosen.rule), |_| {})
                .await?;
            let members = state.segment_members(&chosen.rule, chosen.purpose.as_ref(), &facts)?;
            Some(SegmentMembers(chosen.id, Arc::new(members)))
        }
    });
    // The chosen segment's members once worked out; `None` while they are.
    let segment_ready = move || match segment.get() {
        None => true,
        Some(id) => members.with(|m| m.as_ref().is_some_and(|m| m.0 == id)),
    };
    let results = Memo::new(move |_| {
        state.directory_version.track();
        let query = ListQuery {
            text: text.get(),
            tag: tag.get(),
            sort: sort.get(),
        };
        let started = platform::performance_now();
        let found = match segment.get() {
            None => state.with_directory(|d| d.query(&query)),
            Some(id) => members.with(|m| match m {
                Some(SegmentMembers(of, members)) if *of == id => {
                    // Members are worked out again after a change, which may take a
                    // moment: someone restricted meanwhile is left out already.
                    let purpose = state.settings.with(|s| {
                        s.segments
                            .iter()
                            .find(|x| x.id == id)
                            .and_then(|x| x.purpose.clone())
                    });
                    state.with_directory(|d| {
                        let mut found = d.query_within(&query, Some(members.as_flags()));
                        found.retain(|slot| {
                            d.row(*slot).is_some_and(|r| match &purpose {
                                Some(p) => r.standing.may_use_for(p),
                                None => !r.standing.restricted,
                            })
                        });
                        found
                    })
                }
                _ => Vec::new(),
            }),
        };
        platform::measure_since("karibu:query", started);
        found
    });
    let segments = Memo::new(move |_| {
        state.settings.with(|s| {
            s.segments
                .iter()
                .map(|x| (x.id.clone(), x.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let on_segment = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        let to = if id.is_empty() {
            "/".to_owned()
        } else {
            format!("/?segment={id}")
        };
        navigate(&platform::app_href(&to), Default::default());
    };
    let exported = RwSignal::new(None::<usize>);
    let export = Action::new_local(move |(ids, format): &(Vec<CustomerId>, ExportFormat)| {
        let (ids, format) = (ids.clone(), *format);
        async move {
            exported.set(Some(0));
            let done = state
                .export_customers(ids, format, move |n| exported.set(Some(n)))
                .await;
            exported.set(None);
            if let Err(e) = done {
                state.tell_failure(&e);
            }
        }
    });
    let shown_ids = move || {
        results.with(|r| {
            state.with_directory(|d| {
                r.iter()
                    .filter_map(|i| d.row(*i).map(|row| row.id.clone()))
                    .collect::<Vec<_>>()
            })
        })
    };
    let select_all = move |_| {
        let ids: BTreeSet<CustomerId> = results.with(|r| {
            state.with_directory(|d| {
                r.iter()
                    .filter_map(|i| d.row(*i).map(|row| row.id.clone()))
                    .collect()
            })
        });
        selected.set(ids);
    };
    let to_top = Trigger::new();
    // An Effect, not a load: a new search scrolls the list (the DOM) back to the top.
    Effect::new(move |_| {
        text.track();
        tag.track();
        sort.track();
        segment.with(|_| ());
        to_top.notify();
    });
    let tags = Memo::new(move |_| {
        state.directory_version.track();
        state.with_directory(|d| d.tags_in_use())
    });
    let count_text = move || {
        let lang = state.lang.get();
        lang.tf(Msg::CustomerCount, &[("n", &results.with(Vec::len))])
    };

    let on_search = move |ev: leptos::ev::Event| text.set(event_target_value(&ev));

    let render_row = move |i: usize| {
        move || {
            state.directory_version.track();
            let lang = state.lang.get();
            let index = results.with(|r| r.get(i).copied())?;
            let row = state.with_directory(|d| {
                d.row(index).map(|r| {
                    let tags: Vec<String> =
                        r.tags.iter().map(|t| d.tag_name(*t).to_owned()).collect();
                    (r.clone(), tags)
                })
            })?;
            let (row, tag_names) = row;
            let id = row.id.clone();
            let checked = {
                let id = id.clone();
                move || selected.with(|s| s.contains(&id))
            };
            let toggle = {
                let id = id.clone();
                move |_| {
                    selected.update(|s| {
                        if !s.remove(&id) {
                            s.insert(id.clone());
                        }
                    })
                }
            };
            let select_label = lang.tf(Msg::SelectCustomer, &[("name", &row.name)]);
            Some(view! {
                <div class="customer-row">
                    <input type="checkbox" aria-label=select_label prop:checked=checked on:change=toggle/>
                    <span class="avatar" aria-hidden="true">{initials_of(&row.name)}</span>
                    <A href=platform::app_href(&format!("/customers/{}", row.id)) attr:class="row-link">
                        <span class="row-name">{row.name.to_string()}</span>
                        <span class="row-contact" dir="ltr">{row.contact.to_string()}</span>
                    </A>
                    <span class="row-tags">
                        {tag_names.into_iter().take(3).map(|t| view! { <span class="chip">{t}</span> }).collect_view()}
                    </span>
                </div>
            })
        }
    };

    view! {
        <section class="customers-page" aria-labelledby="customers-heading">
            <div class="page-head">
                <h1 id="customers-heading">{tr(Msg::CustomersTitle)}</h1>
                <div class="head-actions">
                    <A href=platform::app_href("/import") attr:class="button">{tr(Msg::ImportLink)}</A>
                    <A href=platform::app_href("/duplicates") attr:class="button">{tr(Msg::DuplicatesLink)}</A>
                    <A href=platform::app_href("/health") attr:class="button">{tr(Msg::HealthLink)}</A>
                    <A href=platform::app_href("/segments") attr:class="button">{tr(Msg::SavedSegments)}</A>
                    <A href=platform::app_href("/customers/new") attr:class="button primary">{tr(Msg::AddCustomer)}</A>
                </div>
            </div>
            <div class="list-tools">
                <div class="search">
                    <label for="search" class="visually-hidden">{tr(Msg::SearchLabel)}</label>
                    <input id="search" type="search" autocomplete="off" spellcheck="false"
                        placeholder=tr(Msg::SearchPlaceholder) prop:value=move || text.get()
                        on:input=on_search/>
                </div>
                <label class="inline-select">
                    <span>{tr(Msg::FilterByTag)}</span>
                    <select on:change=move |ev| {
                        let v = event_target_value(&ev);
                        tag.set((!v.is_empty()).then_some(v));
                    }>
                        <option value="">{tr(Msg::AllTags)}</option>
                        {move || tags.get().into_iter().map(|(t, n)| {
                            let label = format!("{t} ({})", state.lang.get().number(n));
                            view! { <option value=t.clone() selected=tag.get_untracked().as_deref() == Some(t.as_str())>{label}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="inline-select">
                    <span>{tr(Msg::FilterBySegment)}</span>
                    <select on:change=on_segment>
                        <option value="">{tr(Msg::AllCustomers)}</option>
                        {move || segments.get().into_iter().map(|(id, name)| {
                            let chosen = segment.get().as_deref() == Some(id.as_str());
                            view! { <option value=id selected=chosen>{name}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="inline-select">
                    <span>{tr(Msg::SortBy)}</span>
                    <select on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some((key, _, _)) = SORTS.iter().find(|(_, k, _)| *k == v) {
                            sort.set(*key);
                        }
                    }>
                        {SORTS.iter().map(|(_, value, msg)| view! { <option value=*value>{tr(*msg)}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <BulkBar selected/>
            <div class="count-row">
                <p class="count" aria-live="polite">{move || if segment_ready() { count_text() } else { state.lang.get().t(Msg::SegmentCounting) }}</p>
                <Show when=move || results.with(|r| !r.is_empty())>
                    <button type="button" class="quiet" on:click=select_all>{tr(Msg::SelectAllShown)}</button>
                    // One menu for every export, so a phone shows the list, not buttons.
                    <details class="more-exports">
                        <summary>{move || match exported.get() {
                            Some(n) => state.lang.get().tf(Msg::ExportingCustomers, &[("n", &n)]),
                            None => state.lang.get().t(Msg::ExportMore),
                        }}</summary>
                        <div class="export-menu">
                            {[
                                (ExportFormat::Csv, Msg::ExportShown),
                                (ExportFormat::Vcard, Msg::ExportShownVcard),
                                (ExportFormat::Purchases, Msg::ExportPurchases),
                                (ExportFormat::Ledger, Msg::ExportLedger),
                                (ExportFormat::Timeline, Msg::ExportTimeline),
                            ].into_iter().map(|(format, label)| view! {
                                <button type="button" class="quiet" disabled=move || exported.with(Option::is_some)
                                    on:click=move |_| { export.dispatch((shown_ids(), format)); }>
                                    {tr(label)}
                                </button>
                            }).collect_view()}
                        </div>
                    </details>
                </Show>
            </div>
            <Show when=move || results.with(Vec::is_empty) && segment_ready()>
                <p class="empty">{move || {
                    let lang = state.lang.get();
                    if segment.with(Option::is_some) && text.with(String::is_empty) {
                        lang.t(Msg::SegmentEmptyNow)
                    } else if text.with(String::is_empty) && tag.with(Option::is_none) {
                        lang.t(Msg::NoCustomersYet).to_owned()
                    } else {
                        lang.tf(Msg::NoMatch, &[("q", &text.get())])
                    }
                }}</p>
            </Show>
            <VirtualList count=Signal::derive(move || results.with(Vec::len)) row_height=ROW_HEIGHT
                label=Signal::derive(move || tr(Msg::CustomerList)().to_owned())
                render_row scroll_to_top=to_top/>
        </section>
    }
}

/// Actions on the selected customers: add a tag, delete (with undo).
#[component]
fn BulkBar(selected: RwSignal<BTreeSet<CustomerId>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let new_tag = RwSignal::new(String::new());
    let ids = move || selected.get_untracked().into_iter().collect::<Vec<_>>();
    let tag = Action::new_local(move |(ids, tag, add): &(Vec<CustomerId>, String, bool)| {
        let (ids, tag, add) = (ids.clone(), tag.clone(), *add);
        async move {
            let done = if add {
                state.add_tag(&ids, &tag).await
            } else {
                state.remove_tag(&ids, &tag).await
            };
            match done {
                Ok(()) => new_tag.set(String::new()),
                Err(e) => state.tell_failure(&e),
            }
        }
    });
    let delete = Action::new_local(move |ids: &Vec<CustomerId>| {
        let ids = ids.clone();
        async move {
            // Points are owed to customers: deleting people who hold some asks first.
            let held = match state.points_held(&ids).await {
                Ok(held) => held,
                Err(e) => return state.tell_failure(&e),
            };
            if held > 0 {
                let lang = state.lang.get_untracked();
                let question = lang.tf(
                    Msg::ConfirmBulkDeleteWithPoints,
                    &[("n", &ids.len()), ("points", &held)],
                );
                if !crate::ui::platform::confirm(&question) {
                    return;
                }
            }
            match state.delete_customers(ids).await {
                Ok(()) => selected.set(BTreeSet::new()),
                Err(e) => state.tell_failure(&e),
            }
        }
    });
    let add_tag = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tag.dispatch((ids(), new_tag.get_untracked(), true));
    };
    view! {
        <Show when=move || selected.with(|s| !s.is_empty())>
            <div class="bulk-bar" role="group" aria-label=move || state.lang.get().t(Msg::BulkActions)>
                <form class="bulk-row" on:submit=add_tag>
                    <span>{move || {
                        let lang = state.lang.get();
                        lang.tf(Msg::SelectedCount, &[("n", &selected.with(BTreeSet::len))])
                    }}</span>
                    <label class="visually-hidden" for="bulk-tag">{tr(Msg::TagToAdd)}</label>
                    <input id="bulk-tag" type="text" prop:value=move || new_tag.get()
                        on:input=move |ev| new_tag.set(event_target_value(&ev))/>
                    <button type="submit">{tr(Msg::AddTag)}</button>
                    <button type="button" on:click=move |_| { tag.dispatch((ids(), new_tag.get_untracked(), false)); }>
                        {tr(Msg::RemoveTag)}
                    </button>
                    <button type="button" class="danger" on:click=move |_| { delete.dispatch(ids()); }>{tr(Msg::DeleteSelected)}</button>
                    <button type="button" class="quiet" on:click=move |_| selected.set(BTreeSet::new())>
                        {tr(Msg::ClearSelection)}
                    </button>
                </form>
                <SetField selected/>
            </div>
        </Show>
    }
}

/// One field set for the whole selection: the language, or a custom field.
#[component]
fn SetField(selected: RwSignal<BTreeSet<CustomerId>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let field = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let choices = move || {
        let mut all = vec![(String::new(), state.lang.get().t(Msg::Language))];
        state.settings.with(|s| {
            all.extend(
                s.custom_fields
                    .iter()
                    .map(|f| (f.key.clone(), f.label.clone())),
            );
        });
        all
    };
    let set = Action::new_local(
        move |(ids, key, typed): &(Vec<CustomerId>, String, String)| {
            let (ids, typed) = (ids.clone(), typed.clone());
            let which = if key.is_empty() {
                BulkField::Language
            } else {
                BulkField::Custom(key.clone())
            };
            async move {
                match state.set_field(&ids, &which, &typed).await {
                    Ok(()) => value.set(String::new()),
                    Err(e) => state.tell_failure(&e),
                }
            }
        },
    );
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ids = selected.get_untracked().into_iter().collect::<Vec<_>>();
        set.dispatch((ids, field.get_untracked(), value.get_untracked()));
    };
    view! {
        <form class="bulk-row" on:submit=submit>
            <label for="bulk-field">{tr(Msg::BulkFieldLabel)}</label>
            <select id="bulk-field" prop:value=move || field.get()
                on:change=move |ev| field.set(event_target_value(&ev))>
                {move || choices().into_iter().map(|(key, label)| view! {
                    <option value=key>{label}</option>
                }).collect_view()}
            </select>
            <label for="bulk-value">{tr(Msg::BulkValueLabel)}</label>
            <input id="bulk-value" type="text" prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
            <button type="submit">{tr(Msg::BulkSet)}</button>
        </form>
    }
}
