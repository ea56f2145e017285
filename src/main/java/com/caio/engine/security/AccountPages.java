package com.caio.engine.security;

import java.util.List;

import com.caio.engine.common.Refusal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages for people: sign-in, the profile with its API tokens, and the administrator's
 * users page (create users, add them to engagements).
 */
@Controller
class AccountPages {

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final Access access;

	AccountPages(Accounts accounts, ApiTokens tokens, Access access) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.access = access;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/profile")
	String profile(Authentication auth, Model model) {
		Account account = AccountController.me(access, auth);
		model.addAttribute("account", account);
		model.addAttribute("tokens", tokens.of(account));
		model.addAttribute("engagements", access.engagementsOf(auth));
		return "profile";
	}

	/**
	 * Answers the page itself (not a redirect) so the new token is shown once and kept
	 * nowhere.
	 */
	@PostMapping("/profile/tokens")
	String createToken(Authentication auth, @RequestParam(required = false) String name, Model model) {
		try {
			model.addAttribute("created", tokens.create(AccountController.me(access, auth), name));
		}
		catch (Refusal ex) {
			model.addAttribute("tokenError", ex.getMessage());
		}
		return profile(auth, model);
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revokeToken(Authentication auth, @PathVariable long id) {
		tokens.revoke(AccountController.me(access, auth), id);
		return "redirect:/profile?revoked=" + id;
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("users", accounts.all());
		model.addAttribute("roles", Role.values());
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String createUser(Authentication auth, @RequestParam String username,
			@RequestParam(required = false) String displayName, @RequestParam String password,
			@RequestParam(required = false) List<String> roles, Model model) {
		try {
			Account account = accounts.create(username, displayName, password, AccountController.roles(roles),
					Access.actor(auth));
			model.addAttribute("message", "Created " + account.username());
		}
		catch (Refusal ex) {
			model.addAttribute("userError", ex.getMessage());
		}
		return users(model);
	}

	@PostMapping("/admin/members")
	String addMember(Authentication auth, @RequestParam long engagement, @RequestParam String username,
			@RequestParam(required = false) String role, Model model) {
		try {
			access.addMember(auth, engagement, username, role);
			model.addAttribute("message", "Added " + username + " to engagement " + engagement);
		}
		catch (Refusal | com.caio.engine.common.NotFoundException ex) {
			model.addAttribute("memberError", ex.getMessage());
		}
		return users(model);
	}

}
