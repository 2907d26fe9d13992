package org.plenary.identity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "identity_grant")
class AccountGrant {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "process_id")
	private @Nullable UUID processId;

	@Column(name = "delegation_code")
	private @Nullable String delegationCode;

	@SuppressWarnings("NullAway.Init")
	protected AccountGrant() {
	}

	AccountGrant(Grant grant) {
		this.id = UUID.randomUUID();
		this.role = grant.role();
		this.processId = grant.process();
		this.delegationCode = grant.delegation();
	}

	Grant toGrant() {
		return new Grant(this.role, this.processId, this.delegationCode);
	}

}
