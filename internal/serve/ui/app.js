// The built-in UI of lede serve. It sends what the user pastes to
// POST /v1/extract twice: as ?format=html for the reader view, which is
// lede's sanitised HTML shown only inside a sandboxed iframe (no scripts,
// opaque origin), and as JSON, which is shown as text, never as markup.
"use strict";

(function () {
	const form = document.getElementById("form");
	const source = document.getElementById("source");
	const pageURL = document.getElementById("page-url");
	const token = document.getElementById("token"); // null when no token is needed
	const submit = document.getElementById("submit");
	const status = document.getElementById("status");
	const reader = document.getElementById("reader");
	const json = document.getElementById("json");

	function request() {
		const text = source.value.trim();
		if (/^https?:\/\/\S+$/i.test(text)) {
			return { url: text };
		}
		const body = { html: source.value };
		if (pageURL.value.trim() !== "") {
			body.url = pageURL.value.trim();
		}
		return body;
	}

	async function extract(body, format) {
		const headers = { "Content-Type": "application/json" };
		if (token && token.value !== "") {
			headers["Authorization"] = "Bearer " + token.value;
		}
		const resp = await fetch("/v1/extract?format=" + format, {
			method: "POST",
			headers: headers,
			body: JSON.stringify(body),
			credentials: "omit",
			referrerPolicy: "no-referrer",
		});
		return { ok: resp.ok, status: resp.status, text: await resp.text() };
	}

	function show(message, isError) {
		status.textContent = message;
		status.className = isError ? "error" : "";
	}

	function pretty(text) {
		try {
			return JSON.stringify(JSON.parse(text), null, 2);
		} catch (e) {
			return text;
		}
	}

	form.addEventListener("submit", async function (ev) {
		ev.preventDefault();
		submit.disabled = true;
		show("Extracting…", false);
		try {
			const body = request();
			const [page, data] = await Promise.all([extract(body, "html"), extract(body, "json")]);
			json.textContent = pretty(data.text);
			if (!data.ok || !page.ok) {
				reader.srcdoc = "";
				let msg = "HTTP " + data.status;
				try {
					const e = JSON.parse(data.text);
					msg += ": " + e.code + ": " + e.message;
				} catch (e) { /* not JSON */ }
				show(msg, true);
				return;
			}
			reader.srcdoc = page.text;
			const art = JSON.parse(data.text);
			show("Extracted: " + (art.headline || "(no headline)"), false);
		} catch (e) {
			reader.srcdoc = "";
			show("Request failed: " + e, true);
		} finally {
			submit.disabled = false;
		}
	});
})();
