<?php
/**
 * Plugin Name:       Newsdesk
 * Description:       Keeps the copy of a report that the Newsdesk editor sends with a post (its structure, review comments and history) where only people who may edit the post can read it, never on the public side of the portal.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 *
 * Newsdesk pushes a report as block markup (what readers see) plus a copy of the
 * whole report, which lets an editor's Newsdesk open the post as a report again.
 * That copy holds private things: review comments and their authors, notes, the
 * revision lineage, who pushed. This plugin stores it in protected post meta
 * (a key starting with "_", so it is not shown in the Custom Fields box), exposed
 * by the REST API only in the "edit" context, which WordPress grants only to
 * accounts that may edit the post. It is outside the post content, so publishing
 * (from Newsdesk or the admin's Publish button), the block editor, feeds, the
 * excerpt and the theme never see it, and an editor's save cannot delete it.
 *
 * Posts pushed by Newsdesk versions that carried the copy inside the content, as
 * an HTML comment, are cleaned on output: the comment is removed from what readers
 * receive (pages, feeds, REST "rendered").
 */

defined('ABSPATH') || exit;

const NEWSDESK_PLUGIN_VERSION = '1.0.0';
const NEWSDESK_REPORT_META = '_newsdesk_report'; // the carried copy, as Newsdesk encodes it
const NEWSDESK_UUID_META = '_newsdesk_uuid';     // the report's UUID, to find its post again
const NEWSDESK_MEDIA_META = '_newsdesk_media';   // a photo file's mark, to find its media again

/**
 * Registers the meta keys: a string each, single, in REST for the edit context
 * only, writable by whoever may edit the post.
 */
function newsdesk_register_meta() {
	$args = array(
		'type'          => 'string',
		'single'        => true,
		'default'       => '',
		'show_in_rest'  => array(
			'schema' => array(
				'type'    => 'string',
				'context' => array( 'edit' ),
			),
		),
		'auth_callback' => function ( $allowed, $meta_key, $post_id ) {
			return current_user_can( 'edit_post', $post_id );
		},
	);
	register_post_meta( 'post', NEWSDESK_REPORT_META, $args );
	register_post_meta( 'post', NEWSDESK_UUID_META, $args );
	register_post_meta( 'attachment', NEWSDESK_MEDIA_META, $args );
}
add_action( 'init', 'newsdesk_register_meta' );

/**
 * Lets Newsdesk find the post of a report (?newsdesk_uuid=UUID), for accounts
 * that may edit posts only.
 */
function newsdesk_post_query( $args, $request ) {
	$uuid = $request->get_param( 'newsdesk_uuid' );
	if ( is_string( $uuid ) && '' !== $uuid && current_user_can( 'edit_posts' ) ) {
		$args['meta_query'] = array(
			array(
				'key'   => NEWSDESK_UUID_META,
				'value' => $uuid,
			),
		);
	}
	return $args;
}
add_filter( 'rest_post_query', 'newsdesk_post_query', 10, 2 );

/**
 * Lets Newsdesk find the media of photo files it uploaded
 * (?newsdesk_media=MARK,MARK…), for accounts that may upload.
 */
function newsdesk_attachment_query( $args, $request ) {
	$marks = $request->get_param( 'newsdesk_media' );
	if ( is_string( $marks ) && '' !== $marks && current_user_can( 'upload_files' ) ) {
		$args['meta_query'] = array(
			array(
				'key'     => NEWSDESK_MEDIA_META,
				'value'   => array_slice( explode( ',', $marks ), 0, 100 ),
				'compare' => 'IN',
			),
		);
	}
	return $args;
}
add_filter( 'rest_attachment_query', 'newsdesk_attachment_query', 10, 2 );

/**
 * A second guard: whatever the context, a response for someone who may not edit
 * the post carries none of Newsdesk's meta.
 */
function newsdesk_prepare_post( $response, $post ) {
	if ( current_user_can( 'edit_post', $post->ID ) ) {
		return $response;
	}
	$data = $response->get_data();
	if ( isset( $data['meta'] ) && is_array( $data['meta'] ) ) {
		unset( $data['meta'][ NEWSDESK_REPORT_META ], $data['meta'][ NEWSDESK_UUID_META ], $data['meta'][ NEWSDESK_MEDIA_META ] );
		$response->set_data( $data );
	}
	return $response;
}
add_filter( 'rest_prepare_post', 'newsdesk_prepare_post', 10, 2 );
add_filter( 'rest_prepare_attachment', 'newsdesk_prepare_post', 10, 2 );

/**
 * Removes the copy older Newsdesk versions left inside the content from what
 * readers receive.
 */
function newsdesk_strip_carried( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, 'newsdesk:report' ) ) {
		return $content;
	}
	return preg_replace( '/<!--\s*newsdesk:report\b.*?-->/s', '', $content );
}
add_filter( 'the_content', 'newsdesk_strip_carried', 1 );
add_filter( 'the_content_feed', 'newsdesk_strip_carried', 1 );
add_filter( 'the_excerpt_rss', 'newsdesk_strip_carried', 1 );
add_filter( 'get_the_excerpt', 'newsdesk_strip_carried', 1 );

/**
 * GET /newsdesk/v1/info tells Newsdesk that the plugin is there and which
 * version, to accounts that may edit posts.
 */
function newsdesk_rest_routes() {
	register_rest_route(
		'newsdesk/v1',
		'/info',
		array(
			'methods'             => 'GET',
			'permission_callback' => function () {
				return current_user_can( 'edit_posts' );
			},
			'callback'            => function () {
				return array(
					'plugin'  => 'newsdesk',
					'version' => NEWSDESK_PLUGIN_VERSION,
					'meta'    => array( NEWSDESK_REPORT_META, NEWSDESK_UUID_META, NEWSDESK_MEDIA_META ),
				);
			},
		)
	);
}
add_action( 'rest_api_init', 'newsdesk_rest_routes' );
