//! A list that draws only the rows in view (plus a few either side), so 100,000
//! customers scroll with a constant number of DOM rows.

use leptos::html;
use leptos::prelude::*;

/// Rows drawn beyond each edge of the viewport, so fast scrolling shows no gaps.
const OVERSCAN: usize = 6;

#[component]
pub fn VirtualList<F, V>(
    #[prop(into)] count: Signal<usize>,
    row_height: f64,
    #[prop(into)] label: Signal<String>,
    /// Draws row `i`; it should read its data reactively, since a row element is
    /// reused for whatever sits at position `i` after a search or sort.
    render_row: F,
    /// Set to 0 to scroll back to the top (after a new search).
    scroll_to_top: Trigger,
) -> impl IntoView
where
    F: Fn(usize) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let viewport = NodeRef::<html::Div>::new();
    let scroll_top = RwSignal::new(0.0);
    let height = RwSignal::new(800.0);
    let measure = move || {
        if let Some(el) = viewport.get_untracked() {
            scroll_top.set(f64::from(el.scroll_top()));
            height.set(f64::from(el.client_height()).max(row_height));
        }
    };
    // Effects: they read and set the viewport element's scroll, once it exists.
    Effect::new(move |_| {
        if viewport.get().is_some() {
            measure();
        }
    });
    Effect::new(move |_| {
        scroll_to_top.track();
        if let Some(el) = viewport.get_untracked() {
            el.set_scroll_top(0);
            scroll_top.set(0.0);
        }
    });
    let window = Memo::new(move |_| {
        let total = count.get();
        let first = ((scroll_top.get() / row_height).floor() as usize).saturating_sub(OVERSCAN);
        let shown = (height.get() / row_height).ceil() as usize + 2 * OVERSCAN;
        let end = (first + shown).min(total);
        first.min(end)..end
    });
    view! {
        <div class="virtual-viewport" node_ref=viewport on:scroll=move |_| measure() tabindex="-1">
            <div class="virtual-spacer" role="list" aria-label=move || label.get()
                style:block-size=move || format!("{}px", count.get() as f64 * row_height)>
                <For each=move || window.get() key=|i| *i children=move |i| {
                    let render_row = render_row.clone();
                    view! {
                        <div class="virtual-row" role="listitem"
                            aria-posinset=i + 1 aria-setsize=move || count.get()
                            style:inset-block-start=format!("{}px", i as f64 * row_height)
                            style:block-size=format!("{row_height}px")>
                            {render_row(i)}
                        </div>
                    }
                }/>
            </div>
        </div>
    }
}
